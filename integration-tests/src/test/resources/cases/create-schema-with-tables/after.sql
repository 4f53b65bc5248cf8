-- Tests: create a new non-public schema containing two tables (one with an FK within the schema, one with an FK to public).
CREATE TABLE public.sales (
    id integer PRIMARY KEY,
    sold_on date NOT NULL,
    amount numeric(12,2) NOT NULL
);

CREATE SCHEMA reporting;

CREATE TABLE reporting.periods (
    id integer PRIMARY KEY,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE reporting.daily_totals (
    period_id integer NOT NULL REFERENCES reporting.periods (id) ON DELETE CASCADE,
    day date NOT NULL,
    sale_id integer REFERENCES public.sales (id),
    total numeric(14,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (period_id, day)
);
CREATE INDEX daily_totals_day_idx ON reporting.daily_totals (day);
