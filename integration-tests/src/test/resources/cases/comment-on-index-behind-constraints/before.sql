CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE "Bookings" (
    id bigint PRIMARY KEY,
    code text NOT NULL CONSTRAINT "Bookings code" UNIQUE,
    room int NOT NULL,
    during tstzrange NOT NULL,
    CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)
);
COMMENT ON INDEX "Bookings_pkey" IS 'old key comment';
COMMENT ON CONSTRAINT "Bookings_pkey" ON "Bookings" IS 'the key';
