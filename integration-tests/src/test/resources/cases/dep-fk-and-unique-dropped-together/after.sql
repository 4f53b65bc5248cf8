CREATE TABLE products (id bigint PRIMARY KEY, sku text NOT NULL);
CREATE TABLE lines (id bigint PRIMARY KEY, sku text, product_id bigint REFERENCES products (id));
