CREATE TYPE order_status AS ENUM ('placed', 'shipped');
CREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL DEFAULT 'placed');
