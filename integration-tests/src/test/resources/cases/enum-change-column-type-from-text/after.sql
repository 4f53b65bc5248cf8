-- Tests: change an existing text column (with a default) to an existing enum type and another enum column back to text (text to enum needs USING; defaults must be recast).
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
CREATE TYPE channel AS ENUM ('web', 'phone', 'store');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'new'::order_status,
    channel text
);
