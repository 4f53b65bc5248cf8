CREATE TABLE visits (id bigint PRIMARY KEY, page text NOT NULL, at timestamptz);
CREATE MATERIALIZED VIEW page_visits AS SELECT page, count(*) AS n, max(at) AS last_at FROM visits GROUP BY page;
