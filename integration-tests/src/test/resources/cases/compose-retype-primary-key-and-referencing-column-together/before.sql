-- Tests: a primary key and the column of a foreign key that references it are retyped in one edit: the foreign key is on both shadow columns' way, so both type changes are made in place, flagged with the reason
CREATE TABLE orders (id int PRIMARY KEY);
CREATE TABLE order_items (id bigint PRIMARY KEY, order_id int NOT NULL REFERENCES orders (id));
