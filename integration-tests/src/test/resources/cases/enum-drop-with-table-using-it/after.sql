-- Tests: drop an enum type together with the only table using it (plain and array column, default, CHECK on an enum value); the table must be dropped before the type.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);
