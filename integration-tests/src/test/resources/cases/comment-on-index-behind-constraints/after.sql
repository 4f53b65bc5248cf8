-- Tests: comments on the indexes behind a primary key, a unique and an exclusion constraint (not on the constraints): added, changed and removed, next to a constraint comment
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE "Bookings" (
    id bigint PRIMARY KEY,
    code text NOT NULL CONSTRAINT "Bookings code" UNIQUE,
    room int NOT NULL,
    during tstzrange NOT NULL,
    CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)
);
COMMENT ON INDEX "Bookings_pkey" IS NULL;
COMMENT ON INDEX "Bookings code" IS 'codes are unique; it''s the booking reference';
COMMENT ON INDEX no_overlap IS 'one booking per room at a time';
COMMENT ON CONSTRAINT "Bookings_pkey" ON "Bookings" IS 'the key';
