-- Tests: turn a plain multi-column index into a unique index with the same name.
CREATE TABLE slugs (
    id integer PRIMARY KEY,
    site_id integer NOT NULL,
    slug varchar(100) NOT NULL
);
CREATE UNIQUE INDEX slugs_site_slug_idx ON slugs (site_id, slug);
