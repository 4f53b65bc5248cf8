-- Tests: change an indexed NOT NULL column with default from integer to bigint.
CREATE TABLE page_views (
    id integer PRIMARY KEY,
    page text NOT NULL,
    view_count bigint NOT NULL DEFAULT 0
);
CREATE INDEX page_views_view_count_idx ON page_views (view_count);
