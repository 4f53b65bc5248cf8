-- Tests: make an existing index partial (same name, add WHERE finished_at IS NULL).
CREATE TABLE jobs (
    id bigint PRIMARY KEY,
    queue text NOT NULL,
    run_at timestamptz NOT NULL,
    finished_at timestamptz
);
CREATE INDEX jobs_queue_run_at_idx ON jobs (queue, run_at) WHERE finished_at IS NULL;
