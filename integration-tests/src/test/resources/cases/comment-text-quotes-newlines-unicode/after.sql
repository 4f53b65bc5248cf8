-- Tests: comment text with single and double quotes, an em dash and CJK, embedded newlines and a tab, a backslash, and SQL-looking text (; -- /* */ $$).
CREATE TABLE main (
    id integer PRIMARY KEY,
    note text,
    path text
);
COMMENT ON TABLE main IS 'It''s the "main" table — données 数据';
COMMENT ON COLUMN main.note IS 'Line one.
Line two, after a newline.

Line four, after an empty line.';
COMMENT ON COLUMN main.path IS E'Windows path: C:\\temp\\new\tTab-separated; not a comment -- nor /* this */; $$dollar$$ ''quoted'' emoji 🎉';
