-- Tests: make a nullable column NOT NULL and a NOT NULL column nullable.
CREATE TABLE contacts (
    id integer PRIMARY KEY,
    email varchar(200) NOT NULL,
    phone varchar(30)
);
