-- Tests: add NOT NULL columns with defaults (a constant and a stable expression now()).
CREATE TABLE tickets (
    id bigint PRIMARY KEY,
    subject text NOT NULL,
    status varchar(16) NOT NULL DEFAULT 'pending',
    created_at timestamptz NOT NULL DEFAULT now()
);
