-- Tests: a conversion no cast makes, stated by the declared schema both ways (bigint epoch seconds to timestamptz and
-- back): the shadow column's backfill, its trigger and the down's copy back use the hints' expressions.
CREATE TABLE events (id bigint PRIMARY KEY, "At" bigint NOT NULL, note text);
