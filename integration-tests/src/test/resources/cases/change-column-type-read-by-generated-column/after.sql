CREATE TABLE lines (
  id int PRIMARY KEY,
  qty bigint NOT NULL,
  price numeric(12,2) NOT NULL,
  total numeric GENERATED ALWAYS AS (qty * price) STORED,
  label text COLLATE "POSIX",
  "Label Upper" text GENERATED ALWAYS AS (upper(label)) STORED
);
COMMENT ON COLUMN lines.total IS 'qty times price';
