CREATE TABLE currencies (
    iso_code char(3),
    name text NOT NULL
);
