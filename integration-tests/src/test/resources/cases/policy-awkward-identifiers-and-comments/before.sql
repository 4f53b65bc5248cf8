-- Tests: policies, RLS and comments on policies with awkward identifiers (quotes, spaces, mixed case, keywords, unicode) in a mixed-case schema; comment added, changed and removed, policy renamed
CREATE SCHEMA "Sales";
CREATE TABLE "Sales"."order items" ("Qty" int NOT NULL, "user" name, note text);
ALTER TABLE "Sales"."order items" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Owner ""only"" rows" ON "Sales"."order items" USING ("user" = current_user);
CREATE POLICY "select" ON "Sales"."order items" FOR SELECT TO "Dovetail Pol ""Auditor""" USING ("Qty" > 0);
CREATE POLICY "Zähler" ON "Sales"."order items" FOR INSERT WITH CHECK ("Qty" < 1000);
CREATE POLICY old_name ON "Sales"."order items" FOR DELETE USING (note IS NULL);
COMMENT ON POLICY "select" ON "Sales"."order items" IS 'auditors see positive rows';
COMMENT ON POLICY "Zähler" ON "Sales"."order items" IS 'to be removed';
