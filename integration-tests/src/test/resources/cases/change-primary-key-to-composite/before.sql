CREATE TABLE memberships (
    tenant_id integer NOT NULL,
    id integer NOT NULL,
    role text NOT NULL,
    CONSTRAINT memberships_pk PRIMARY KEY (id)
);
