CREATE TABLE items (id bigint PRIMARY KEY, qty bigint NOT NULL, label varchar(20));
CREATE VIEW item_qty AS SELECT id, qty FROM items;
CREATE VIEW big_items AS SELECT id FROM item_qty WHERE qty > 10;
CREATE VIEW labels AS SELECT label FROM items;
