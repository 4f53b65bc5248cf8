CREATE TABLE items (id integer PRIMARY KEY, qty bigint NOT NULL);
CREATE TABLE item_log (item_id integer, qty bigint);
CREATE RULE items_log_qty AS ON UPDATE TO items WHERE NEW.qty <> OLD.qty DO ALSO INSERT INTO item_log VALUES (NEW.id, NEW.qty);
