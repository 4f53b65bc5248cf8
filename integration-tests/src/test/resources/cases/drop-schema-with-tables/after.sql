-- Tests: drop a non-public schema that contains tables (with an internal FK, identity and index).
CREATE TABLE public.current_data (
    id integer PRIMARY KEY,
    value text
);
