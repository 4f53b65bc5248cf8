-- Tests: columns read by stored generated columns change type and collation; the generated columns are rebuilt around it
CREATE TABLE lines (
  id int PRIMARY KEY,
  qty int NOT NULL,
  price numeric(8,2) NOT NULL,
  total numeric GENERATED ALWAYS AS (qty * price) STORED,
  label text COLLATE "C",
  "Label Upper" text GENERATED ALWAYS AS (upper(label)) STORED
);
COMMENT ON COLUMN lines.total IS 'qty times price';
