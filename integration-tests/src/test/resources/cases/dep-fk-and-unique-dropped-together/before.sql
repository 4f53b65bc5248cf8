-- Tests: a unique constraint is dropped with the foreign key referencing it, while a new fk to the primary key appears
CREATE TABLE products (id bigint PRIMARY KEY, sku text NOT NULL CONSTRAINT products_sku_key UNIQUE);
CREATE TABLE lines (id bigint PRIMARY KEY, sku text REFERENCES products (sku), product_id bigint);
