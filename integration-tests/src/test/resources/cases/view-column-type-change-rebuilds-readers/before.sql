-- Tests: a column two stacked views read changes type; both views are dropped and created again around the change
CREATE TABLE items (id bigint PRIMARY KEY, qty int NOT NULL, label varchar(20));
CREATE VIEW item_qty AS SELECT id, qty FROM items;
CREATE VIEW big_items AS SELECT id FROM item_qty WHERE qty > 10;
CREATE VIEW labels AS SELECT label FROM items;
