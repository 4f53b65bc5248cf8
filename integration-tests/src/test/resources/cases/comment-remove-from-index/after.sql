-- Tests: remove the comment from one index (before has it, after not); the other index keeps its comment.
CREATE TABLE sessions (
    id integer PRIMARY KEY,
    user_id integer NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);
COMMENT ON INDEX sessions_expires_idx IS 'Used by the cleanup job.';
