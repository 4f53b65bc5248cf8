-- Recipe: add enum value
-- ALTER TYPE … ADD VALUE in its own migration: the new label cannot be used in the transaction that adds it.
CREATE TYPE order_status AS ENUM ('placed', 'shipped');
CREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL DEFAULT 'placed');
