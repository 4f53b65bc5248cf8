CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
CREATE TYPE channel AS ENUM ('web', 'phone', 'store');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'new'::text,
    channel channel
);
