-- Tests: change a named primary key from a single column to a composite (tenant_id, id).
CREATE TABLE memberships (
    tenant_id integer NOT NULL,
    id integer NOT NULL,
    role text NOT NULL,
    CONSTRAINT memberships_pk PRIMARY KEY (tenant_id, id)
);
