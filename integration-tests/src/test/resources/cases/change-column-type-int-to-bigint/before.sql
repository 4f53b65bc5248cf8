CREATE TABLE page_views (
    id integer PRIMARY KEY,
    page text NOT NULL,
    view_count integer NOT NULL DEFAULT 0
);
CREATE INDEX page_views_view_count_idx ON page_views (view_count);
