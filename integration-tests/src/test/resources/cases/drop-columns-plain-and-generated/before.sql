CREATE TABLE shipments (
    id integer PRIMARY KEY,
    weight_kg numeric(8,3) NOT NULL,
    weight_lb numeric(10,3) GENERATED ALWAYS AS (weight_kg * 2.20462) STORED,
    legacy_ref varchar(30),
    shipped_on date
);
