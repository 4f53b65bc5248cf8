-- Tests: add a named primary key on a previously nullable column (down must restore nullability).
CREATE TABLE currencies (
    iso_code char(3),
    name text NOT NULL,
    CONSTRAINT currencies_pk PRIMARY KEY (iso_code)
);
