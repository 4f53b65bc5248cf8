-- Tests: a parent, its child and the child's child all dropped: children go before their parents, and the down
-- creates parents first.
CREATE TABLE vehicles (id integer NOT NULL, wheels smallint CHECK (wheels >= 0));
CREATE TABLE cars (seats smallint) INHERITS (vehicles);
CREATE TABLE "Sports cars" (top_speed integer) INHERITS (cars);
CREATE TABLE garages (id integer PRIMARY KEY);
