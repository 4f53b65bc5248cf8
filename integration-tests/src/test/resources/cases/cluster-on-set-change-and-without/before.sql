-- Tests: CLUSTER ON set, moved to another index, SET WITHOUT CLUSTER; on a primary key; on a new table; a clustered index dropped; awkward names
CREATE TABLE orders (id bigint PRIMARY KEY, placed date, customer bigint);
CREATE INDEX orders_placed ON orders (placed);
CREATE INDEX orders_customer ON orders (customer);
ALTER TABLE orders CLUSTER ON orders_placed;
CREATE TABLE items (id bigint PRIMARY KEY, sku text);
CREATE TABLE notes (id bigint, body text);
CREATE INDEX notes_id ON notes (id);
ALTER TABLE notes CLUSTER ON notes_id;
CREATE TABLE "Odd Table" (id bigint, "Sort Key" int);
CREATE INDEX "Odd ""Index""" ON "Odd Table" ("Sort Key");
CREATE TABLE gone_index (id bigint, at date);
CREATE INDEX gone_index_at ON gone_index (at);
ALTER TABLE gone_index CLUSTER ON gone_index_at;
