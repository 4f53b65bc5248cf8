-- Tests: change the columns of a named unique constraint (handle) -> (tenant_id, handle).
CREATE TABLE usernames (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    handle varchar(30) NOT NULL,
    CONSTRAINT usernames_handle_uq UNIQUE (tenant_id, handle)
);
