-- Tests: COMMENT ON SCHEMA for non-public schemas: add one (reporting), change one (archive), remove one (scratch).
CREATE SCHEMA reporting;
CREATE SCHEMA archive;
CREATE SCHEMA scratch;
COMMENT ON SCHEMA reporting IS 'Read models for dashboards.';
COMMENT ON SCHEMA archive IS 'Data older than 7 years, read-only.';

CREATE TABLE reporting.daily_totals (
    day date PRIMARY KEY,
    total numeric(12,2) NOT NULL
);
