-- Tests: create schema app with a table, constraints and index having the same names as existing ones in public.
CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email)
);
CREATE INDEX users_email_lower_idx ON public.users (lower(email));

CREATE SCHEMA app;

CREATE TABLE app.users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    public_user_id integer REFERENCES public.users (id),
    CONSTRAINT users_email_key UNIQUE (email)
);
CREATE INDEX users_email_lower_idx ON app.users (lower(email));
