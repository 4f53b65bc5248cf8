-- Tests: drop a serial and a bigserial column (their owned sequences go with them; the way down must recreate both).
CREATE TABLE readings (
    sensor text NOT NULL,
    value double precision
);
