-- migrations:using public.people.state CASE state::text WHEN 'happy' THEN 'good' ELSE 'bad' END::feeling
-- migrations:using-down public.people.state CASE state::text WHEN 'good' THEN 'happy' ELSE 'sad' END::mood
CREATE TYPE feeling AS ENUM ('good', 'bad');
CREATE TABLE people (id integer PRIMARY KEY, state feeling NOT NULL DEFAULT 'good');
