-- Tests: add GiST indexes: inet with inet_ops, a tstzrange column, and a partial GiST on an int4range column.
CREATE TABLE network_leases (
    id integer PRIMARY KEY,
    address inet NOT NULL,
    subnet cidr,
    lease_period tstzrange NOT NULL,
    ports int4range
);
CREATE INDEX network_leases_address_gist ON network_leases USING gist (address inet_ops);
CREATE INDEX network_leases_period_gist ON network_leases USING gist (lease_period);
CREATE INDEX network_leases_ports_gist ON network_leases USING gist (ports) WHERE ports IS NOT NULL;
