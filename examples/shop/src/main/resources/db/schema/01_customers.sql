-- Customers and their addresses.
CREATE TABLE customers (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email       varchar(320) NOT NULL,
    full_name   text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT customers_email_key UNIQUE (email)
);

CREATE TABLE addresses (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    line1        text NOT NULL,
    city         text NOT NULL,
    postal_code  varchar(16) NOT NULL,
    country      char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$')
);

CREATE INDEX addresses_customer_id_idx ON addresses (customer_id);
