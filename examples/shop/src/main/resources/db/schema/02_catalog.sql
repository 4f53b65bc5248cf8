-- What the shop sells.
CREATE TABLE products (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku          varchar(32) NOT NULL UNIQUE,
    name         text NOT NULL,
    price_cents  integer NOT NULL CHECK (price_cents >= 0),
    active       boolean NOT NULL DEFAULT true
);

CREATE INDEX products_active_name_idx ON products (name) WHERE active;
