CREATE TABLE api_keys (
    id integer PRIMARY KEY,
    label text NOT NULL
);
