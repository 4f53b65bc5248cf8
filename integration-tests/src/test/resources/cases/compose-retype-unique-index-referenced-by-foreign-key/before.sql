-- Tests: a column whose unique index (not a constraint) a foreign key references is retyped through a shadow column: the index is built again concurrently on the shadow, and the swap drops the foreign key before the old column goes and adds it back on the new index, validated after
CREATE TABLE products (id bigint PRIMARY KEY, sku int NOT NULL);
CREATE UNIQUE INDEX products_sku ON products (sku);
CREATE TABLE stock (product_sku int NOT NULL REFERENCES products (sku), qty int NOT NULL);
