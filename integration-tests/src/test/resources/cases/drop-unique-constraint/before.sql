CREATE TABLE api_keys (
    id integer PRIMARY KEY,
    key_hash bytea NOT NULL UNIQUE,
    owner text NOT NULL
);
