-- migrations:rename value public.mood 'sad' to 'unhappy'
CREATE TYPE mood AS ENUM ('happy', 'unhappy');
CREATE TABLE diary (id bigint PRIMARY KEY, feeling mood NOT NULL DEFAULT 'unhappy', CHECK (feeling <> 'unhappy' OR id > 0));
