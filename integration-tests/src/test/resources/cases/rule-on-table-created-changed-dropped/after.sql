CREATE SCHEMA "Ledger";
CREATE TABLE "Ledger"."Entries" (id bigint PRIMARY KEY, amount numeric NOT NULL, locked boolean NOT NULL DEFAULT false);
CREATE RULE "No Updates When Locked" AS ON UPDATE TO "Ledger"."Entries" WHERE OLD.locked AND NEW.locked DO INSTEAD NOTHING;
COMMENT ON RULE "No Updates When Locked" ON "Ledger"."Entries" IS 'locked rows stay as they are';
CREATE RULE entries_keep AS ON DELETE TO "Ledger"."Entries" DO INSTEAD NOTHING;
