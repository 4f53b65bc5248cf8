CREATE TABLE public.current_data (
    id integer PRIMARY KEY,
    value text
);

CREATE SCHEMA archive;

CREATE TABLE archive.batches (
    id integer PRIMARY KEY,
    archived_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE archive.records (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id integer NOT NULL REFERENCES archive.batches (id),
    payload jsonb NOT NULL
);
CREATE INDEX records_batch_id_idx ON archive.records (batch_id);
