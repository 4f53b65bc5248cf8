CREATE TABLE profiles (
    id integer PRIMARY KEY,
    nickname text,
    legacy_flags integer
);
COMMENT ON COLUMN profiles.nickname IS 'Shown in the UI.';
COMMENT ON COLUMN profiles.legacy_flags IS 'Bit field from the old system; do not use.';
