CREATE TABLE keep_me (
    id integer PRIMARY KEY,
    label text
);
COMMENT ON TABLE keep_me IS 'Stays.';

CREATE TABLE import_staging (
    id integer,
    raw_line text NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT import_staging_pkey PRIMARY KEY (id),
    CONSTRAINT import_staging_raw_line_nonempty CHECK (length(raw_line) > 0)
);
CREATE INDEX import_staging_imported_at_idx ON import_staging (imported_at);
COMMENT ON TABLE import_staging IS 'Rows land here before validation.';
COMMENT ON COLUMN import_staging.raw_line IS 'Unparsed CSV line.';
COMMENT ON CONSTRAINT import_staging_raw_line_nonempty ON import_staging IS 'Empty lines are skipped upstream.';
COMMENT ON INDEX import_staging_imported_at_idx IS 'For the purge job.';
