CREATE TABLE sessions (
    id bigint NOT NULL,
    token text NOT NULL,
    CONSTRAINT sessions_pkey PRIMARY KEY (id)
);
