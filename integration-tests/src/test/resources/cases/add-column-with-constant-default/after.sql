-- Tests: add nullable columns with constant defaults (integer, text, boolean, array).
CREATE TABLE players (
    id integer PRIMARY KEY,
    name text NOT NULL,
    score integer DEFAULT 0,
    label text DEFAULT 'none'::text,
    active boolean DEFAULT true,
    badges text[] DEFAULT '{}'::text[]
);
