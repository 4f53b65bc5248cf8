-- Tests: add a hash index and BRIN indexes (single and multi-column).
CREATE TABLE sensor_readings (
    id bigint PRIMARY KEY,
    device_token uuid NOT NULL,
    recorded_at timestamptz NOT NULL,
    reading double precision,
    raw bytea
);
CREATE INDEX sensor_readings_token_hash ON sensor_readings USING hash (device_token);
CREATE INDEX sensor_readings_recorded_at_brin ON sensor_readings USING brin (recorded_at);
CREATE INDEX sensor_readings_id_time_brin ON sensor_readings USING brin (id, recorded_at);
