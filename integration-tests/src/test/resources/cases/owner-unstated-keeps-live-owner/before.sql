-- Tests: the declared schema states no owner (as a dump taken with --no-owner): objects keep the owner they have and no owner change of their own is emitted; a view rebuilt around a retyped column gets its owner back in the rebuild's migration, and a dropped sequence gets its owner back in the down
CREATE TABLE items (id bigint PRIMARY KEY, size integer);
ALTER TABLE items OWNER TO dovetail_owner_a;
CREATE VIEW item_sizes AS SELECT id, size FROM items;
ALTER VIEW item_sizes OWNER TO dovetail_owner_b;
CREATE SEQUENCE old_numbers;
ALTER SEQUENCE old_numbers OWNER TO dovetail_owner_b;
