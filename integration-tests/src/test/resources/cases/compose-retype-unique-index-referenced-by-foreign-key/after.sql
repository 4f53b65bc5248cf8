CREATE TABLE products (id bigint PRIMARY KEY, sku bigint NOT NULL);
CREATE UNIQUE INDEX products_sku ON products (sku);
CREATE TABLE stock (product_sku int NOT NULL REFERENCES products (sku), qty int NOT NULL);
