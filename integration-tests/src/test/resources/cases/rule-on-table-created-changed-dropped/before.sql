-- Tests: rules on tables (CREATE RULE … ON … TO table): one added (DO INSTEAD NOTHING on delete), one changed (its condition), one dropped, one commented, on awkward names; rules on views stay with their views
CREATE SCHEMA "Ledger";
CREATE TABLE "Ledger"."Entries" (id bigint PRIMARY KEY, amount numeric NOT NULL, locked boolean NOT NULL DEFAULT false);
CREATE RULE "No Updates When Locked" AS ON UPDATE TO "Ledger"."Entries" WHERE OLD.locked DO INSTEAD NOTHING;
CREATE RULE entries_no_truncate_marker AS ON INSERT TO "Ledger"."Entries" WHERE NEW.amount = 0 DO INSTEAD NOTHING;
