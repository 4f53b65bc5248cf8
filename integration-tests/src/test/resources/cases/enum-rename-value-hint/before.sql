-- Tests: a hinted label rename becomes RENAME VALUE; rows, defaults and checks keep their meaning
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE diary (id bigint PRIMARY KEY, feeling mood NOT NULL DEFAULT 'sad', CHECK (feeling <> 'sad' OR id > 0));
