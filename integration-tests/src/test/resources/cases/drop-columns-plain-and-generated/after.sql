-- Tests: drop a plain column and a stored generated column.
CREATE TABLE shipments (
    id integer PRIMARY KEY,
    weight_kg numeric(8,3) NOT NULL,
    shipped_on date
);
