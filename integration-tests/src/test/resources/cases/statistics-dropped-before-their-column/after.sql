-- Tests: statistics on a dropped column and on a dropped table go before them; statistics dropped on their own while their columns stay; the down adds the columns back before the statistics.
CREATE TABLE people (
    id bigint PRIMARY KEY,
    country text NOT NULL,
    language text
);
