CREATE TABLE categories (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE products (
    id integer PRIMARY KEY,
    category_id integer,
    name text NOT NULL,
    CONSTRAINT products_category_fk FOREIGN KEY (category_id) REFERENCES categories (id)
);
