-- Tests: drop an enum type together with the only column using it (NOT NULL, default, indexed); the column must be dropped before the type.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    placed_at timestamptz NOT NULL DEFAULT now()
);
