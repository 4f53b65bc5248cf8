CREATE TYPE priority AS ENUM ('low', 'high', 'medium');

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    title text NOT NULL,
    priority priority NOT NULL DEFAULT 'medium'::priority
);
