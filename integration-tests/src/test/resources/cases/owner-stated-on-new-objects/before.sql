-- Tests: a declared OWNER TO (and AUTHORIZATION) on new objects of every kind with an owner: the object is created, then given to its owner in the same migration; its down gives it back and drops it
CREATE TABLE keep (id bigint PRIMARY KEY, qty integer);
