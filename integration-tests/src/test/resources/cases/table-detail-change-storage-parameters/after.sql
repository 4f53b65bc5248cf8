-- Tests: change one storage parameter and remove another, reset all of a table's, set some on a plain table
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric) WITH (fillfactor = 80);
CREATE TABLE logs (id bigint PRIMARY KEY);
CREATE TABLE plain (id bigint PRIMARY KEY) WITH (toast_tuple_target = 4096, parallel_workers = 2);
