CREATE TABLE contacts (
    id integer PRIMARY KEY,
    email varchar(200),
    phone varchar(30) NOT NULL
);
