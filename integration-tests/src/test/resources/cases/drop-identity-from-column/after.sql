-- Tests: drop the identity property from a column (the column stays NOT NULL and the primary key).
CREATE TABLE devices (
    id integer NOT NULL PRIMARY KEY,
    serial_number varchar(64) NOT NULL
);
