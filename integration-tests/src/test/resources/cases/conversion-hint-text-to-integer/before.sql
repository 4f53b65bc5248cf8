-- Tests: a conversion stated one way only (text with units to integer by an expression); the down casts back.
-- The table has no primary key, so the type changes in place with the stated USING.
CREATE TABLE parcels (weight text, label text);
