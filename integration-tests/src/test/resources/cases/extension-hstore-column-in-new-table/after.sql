-- Tests: create hstore and a new table with an hstore column (default ''::hstore), an FK, and a GIN index using hstore's default opclass.
CREATE EXTENSION hstore;

CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE product_attributes (
    product_id integer PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
    attrs hstore NOT NULL DEFAULT ''::hstore
);
CREATE INDEX product_attributes_attrs_idx ON product_attributes USING gin (attrs);
