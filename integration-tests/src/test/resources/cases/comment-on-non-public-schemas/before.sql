CREATE SCHEMA reporting;
CREATE SCHEMA archive;
CREATE SCHEMA scratch;
COMMENT ON SCHEMA archive IS 'Old data.';
COMMENT ON SCHEMA scratch IS 'Temporary work area.';

CREATE TABLE reporting.daily_totals (
    day date PRIMARY KEY,
    total numeric(12,2) NOT NULL
);
