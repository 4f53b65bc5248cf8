CREATE TABLE network_leases (
    id integer PRIMARY KEY,
    address inet NOT NULL,
    subnet cidr,
    lease_period tstzrange NOT NULL,
    ports int4range
);
