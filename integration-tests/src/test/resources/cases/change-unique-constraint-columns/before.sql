CREATE TABLE usernames (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    handle varchar(30) NOT NULL,
    CONSTRAINT usernames_handle_uq UNIQUE (handle)
);
