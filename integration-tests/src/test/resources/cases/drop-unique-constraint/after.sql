-- Tests: drop a default-named unique constraint (api_keys_key_hash_key).
CREATE TABLE api_keys (
    id integer PRIMARY KEY,
    key_hash bytea NOT NULL,
    owner text NOT NULL
);
