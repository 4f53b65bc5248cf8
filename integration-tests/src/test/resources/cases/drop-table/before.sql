CREATE TABLE keep_me (
    id integer PRIMARY KEY,
    label text
);

CREATE TABLE temp_import (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    raw_line text NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT temp_import_raw_line_nonempty CHECK (length(raw_line) > 0)
);
CREATE INDEX temp_import_imported_at_idx ON temp_import (imported_at);
