-- Tests: drop mixed-case schema "Sales" with tables that have awkward names and an FK to a unique constraint.
CREATE TABLE public.keep (
    id integer PRIMARY KEY
);
