CREATE TABLE documents (
  id bigint PRIMARY KEY,
  title text NOT NULL,
  body varchar(100000),
  summary text,
  tags varchar(20)[],
  added text
);
ALTER TABLE documents ALTER COLUMN title SET STORAGE MAIN;
ALTER TABLE documents ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE documents ALTER COLUMN summary SET (n_distinct = -0.2, n_distinct_inherited = 50);
ALTER TABLE documents ALTER COLUMN summary SET COMPRESSION pglz;
ALTER TABLE documents ALTER COLUMN added SET STORAGE MAIN;
