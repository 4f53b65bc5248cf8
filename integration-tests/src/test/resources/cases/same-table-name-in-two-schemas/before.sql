CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email)
);
CREATE INDEX users_email_lower_idx ON public.users (lower(email));
