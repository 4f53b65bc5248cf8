CREATE TABLE shipments (
    id integer PRIMARY KEY,
    destination text NOT NULL
);
COMMENT ON TABLE shipments IS 'Outgoing shipments.';
