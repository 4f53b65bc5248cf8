CREATE SCHEMA old_staging;

CREATE TABLE public.things (
    id integer PRIMARY KEY
);
