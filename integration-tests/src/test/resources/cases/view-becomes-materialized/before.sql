-- Tests: a view becomes a materialized view of the same name, over a new column
CREATE TABLE visits (id bigint PRIMARY KEY, page text NOT NULL);
CREATE VIEW page_visits AS SELECT page, count(*) AS n FROM visits GROUP BY page;
