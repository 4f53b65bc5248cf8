-- Tests: a range-partitioned table comes with its partitions, key, index, foreign key and comments
CREATE TABLE customers (id bigint PRIMARY KEY);
