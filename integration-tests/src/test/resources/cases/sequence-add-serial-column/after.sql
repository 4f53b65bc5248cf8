-- Tests: add a serial column to an existing table (PostgreSQL creates sequence audit_log_id_seq OWNED BY audit_log.id, NOT NULL and the nextval default).
CREATE TABLE audit_log (
    message text NOT NULL,
    logged_at timestamptz NOT NULL DEFAULT now(),
    id serial
);
