-- Tests: drop an empty schema and create a different empty schema.
CREATE SCHEMA new_staging;

CREATE TABLE public.things (
    id integer PRIMARY KEY
);
