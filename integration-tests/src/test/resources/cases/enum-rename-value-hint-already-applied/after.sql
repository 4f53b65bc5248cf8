-- migrations:rename value mood 'sad' to 'unhappy'
CREATE TYPE mood AS ENUM ('happy', 'unhappy');
CREATE TABLE diary (id bigint PRIMARY KEY, feeling mood, note text);
