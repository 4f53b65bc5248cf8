CREATE TABLE profiles (
    id integer PRIMARY KEY,
    username varchar(40) NOT NULL
);
