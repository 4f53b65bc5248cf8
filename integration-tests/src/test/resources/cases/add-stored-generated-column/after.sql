-- Tests: add a stored generated column computed from other columns.
CREATE TABLE line_items (
    id integer PRIMARY KEY,
    qty integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    line_total numeric(12,2) GENERATED ALWAYS AS (qty * unit_price) STORED
);
