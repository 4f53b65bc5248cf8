-- Tests: a trigger with awkward names stays while the column it watches changes type
CREATE SCHEMA "Sales";
CREATE TABLE "Sales"."order items" ("Qty" bigint, note text);
CREATE FUNCTION "Sales"."guard qty"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER "Guard ""Qty""" BEFORE UPDATE OF "Qty" ON "Sales"."order items" FOR EACH ROW EXECUTE FUNCTION "Sales"."guard qty"();
