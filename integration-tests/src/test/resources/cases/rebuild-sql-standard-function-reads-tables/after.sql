-- Tests: SQL-standard function bodies that read tables (in another schema too) created in the same run, while another such function and the table it reads are dropped: tables first on the way up, the function first on the way down
CREATE SCHEMA "Stock";
CREATE TABLE "Stock".zz_items (id bigint PRIMARY KEY, qty int NOT NULL);
CREATE FUNCTION a_stock() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT coalesce(sum(qty), 0) FROM "Stock".zz_items;
END;
CREATE FUNCTION b_items_over(n int) RETURNS SETOF bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT id FROM "Stock".zz_items WHERE qty > n;
END;
