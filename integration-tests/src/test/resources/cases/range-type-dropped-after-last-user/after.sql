-- Tests: a range type goes after the last column, index, view and function that use it (in the contract phase); a
-- range type still used stays. The down creates it before them.
CREATE TYPE textrange AS RANGE (subtype = text, collation = "C");
CREATE TABLE rooms (
    id bigint PRIMARY KEY,
    labels textrange
);
