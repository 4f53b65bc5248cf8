-- Tests: drop a column that has a comment; the way down must re-add the column and its comment.
CREATE TABLE profiles (
    id integer PRIMARY KEY,
    nickname text
);
COMMENT ON COLUMN profiles.nickname IS 'Shown in the UI.';
