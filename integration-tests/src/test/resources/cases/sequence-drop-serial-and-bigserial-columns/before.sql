CREATE TABLE readings (
    sensor text NOT NULL,
    value double precision,
    seq_no serial,
    global_no bigserial
);
