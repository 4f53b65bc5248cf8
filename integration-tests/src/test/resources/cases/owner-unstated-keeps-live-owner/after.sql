CREATE TABLE items (id bigint PRIMARY KEY, size bigint, label text);
CREATE VIEW item_sizes AS SELECT id, size FROM items;
