-- Tests: a column's storage, compression and attribute options kept, given and taken across type changes (a type change in place gives the column its new type's storage and the default compression, so they are set back before it and set again after it), on a column that goes and one that comes
CREATE TABLE documents (
  id bigint PRIMARY KEY,
  title varchar(200) NOT NULL,
  body text,
  summary varchar(500),
  tags text[],
  legacy text
);
ALTER TABLE documents ALTER COLUMN title SET STORAGE MAIN;
ALTER TABLE documents ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE documents ALTER COLUMN body SET COMPRESSION pglz;
ALTER TABLE documents ALTER COLUMN summary SET (n_distinct = 1000);
ALTER TABLE documents ALTER COLUMN tags SET STORAGE EXTERNAL;
ALTER TABLE documents ALTER COLUMN legacy SET STORAGE PLAIN;
INSERT INTO documents SELECT g, 'title ' || g, repeat('body ', g), 'summary ' || g, ARRAY['a', 'b'], 'legacy' FROM generate_series(1, 50) g;
