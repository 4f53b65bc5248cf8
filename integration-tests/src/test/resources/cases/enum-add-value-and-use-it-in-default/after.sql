-- Tests: add a value and, in the same migration, change a column default to that new value (PostgreSQL rejects an uncommitted new enum value in the same transaction: 'unsafe use of new value').
CREATE TYPE order_status AS ENUM ('pending', 'new', 'paid', 'shipped');
CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'pending'::order_status
);
