CREATE TABLE items (
    id bigint NOT NULL,
    price integer,
    label text DEFAULT 'y',
    added_at timestamptz
);
CREATE TABLE books (isbn varchar(20)) INHERITS (items);
