CREATE TABLE audit_log (
    message text NOT NULL,
    logged_at timestamptz NOT NULL DEFAULT now()
);
