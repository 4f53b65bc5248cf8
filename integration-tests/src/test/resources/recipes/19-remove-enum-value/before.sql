-- Recipe: remove or reorder enum values
-- PostgreSQL cannot remove a label: a new type is created, the columns are converted to it, and the old type is dropped. Flagged for review: rows holding a removed label make the conversion fail.
CREATE TYPE order_status AS ENUM ('placed', 'cancelled', 'shipped');
CREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL DEFAULT 'placed');
