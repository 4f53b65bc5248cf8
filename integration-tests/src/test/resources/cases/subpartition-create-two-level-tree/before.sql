-- Tests: a table partitioned again below its partitions (by tenant, then by month), created from nothing with a default partition at each level and awkwardly named partitions, then dropped by the down
CREATE TABLE tenants (id int PRIMARY KEY, name text NOT NULL);
