CREATE TABLE orders (
    id integer PRIMARY KEY,
    placed_at timestamptz NOT NULL DEFAULT now()
);
