CREATE SCHEMA "Sales";
CREATE TABLE "Sales"."order items" ("Qty" int, note text);
CREATE FUNCTION "Sales"."guard qty"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER "Guard ""Qty""" BEFORE UPDATE OF "Qty" ON "Sales"."order items" FOR EACH ROW EXECUTE FUNCTION "Sales"."guard qty"();
