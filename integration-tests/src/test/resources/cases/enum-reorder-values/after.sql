-- Tests: reorder the values of an enum used by a column (before 'low','high','medium', after 'low','medium','high'); the type must be replaced since ADD VALUE cannot move a label.
CREATE TYPE priority AS ENUM ('low', 'medium', 'high');

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    title text NOT NULL,
    priority priority NOT NULL DEFAULT 'medium'::priority
);
