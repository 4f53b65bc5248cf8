-- Tests: create a table together with comments on it, its columns, its PK and FK constraints and an index.
CREATE TABLE users (
    id integer PRIMARY KEY
);

CREATE TABLE user_notes (
    id integer,
    user_id integer NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_notes_pkey PRIMARY KEY (id),
    CONSTRAINT user_notes_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX user_notes_user_created_idx ON user_notes (user_id, created_at DESC);
COMMENT ON TABLE user_notes IS 'Free-text notes attached to users.';
COMMENT ON COLUMN user_notes.body IS 'Markdown.';
COMMENT ON COLUMN user_notes.created_at IS 'Set by the database.';
COMMENT ON CONSTRAINT user_notes_pkey ON user_notes IS 'Note id.';
COMMENT ON CONSTRAINT user_notes_user_fk ON user_notes IS 'Notes die with their user.';
COMMENT ON INDEX user_notes_user_created_idx IS 'Newest notes of a user first.';
