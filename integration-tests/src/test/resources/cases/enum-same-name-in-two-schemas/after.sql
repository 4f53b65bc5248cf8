-- Tests: two enums both named status in schemas public and archive; add a value to public.status only (archive.status and its column must stay untouched).
CREATE SCHEMA archive;

CREATE TYPE public.status AS ENUM ('active', 'suspended', 'inactive');
CREATE TYPE archive.status AS ENUM ('active', 'inactive');

CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    status public.status NOT NULL DEFAULT 'active'::public.status
);

CREATE TABLE archive.accounts (
    id integer PRIMARY KEY,
    status archive.status NOT NULL DEFAULT 'inactive'::archive.status
);
