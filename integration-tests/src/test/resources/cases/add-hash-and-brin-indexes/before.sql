CREATE TABLE sensor_readings (
    id bigint PRIMARY KEY,
    device_token uuid NOT NULL,
    recorded_at timestamptz NOT NULL,
    reading double precision,
    raw bytea
);
