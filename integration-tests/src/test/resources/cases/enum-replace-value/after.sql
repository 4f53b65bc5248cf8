-- Tests: replace one value by another (before 'draft','review','published', after 'draft','approved','published') in an enum used by a column.
CREATE TYPE doc_state AS ENUM ('draft', 'approved', 'published');

CREATE TABLE documents (
    id integer PRIMARY KEY,
    state doc_state NOT NULL DEFAULT 'draft'::doc_state
);
