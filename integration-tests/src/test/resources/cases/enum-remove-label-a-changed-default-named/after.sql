-- Tests: a label goes while the default that named it changes (found by GeneratedSchemaRoundTripIT): the
-- default must change before the type is replaced, and come back after the label in the down
CREATE TYPE mood AS ENUM ('sad', 'calm');
CREATE TABLE "User Accounts" (id bigint PRIMARY KEY, amount mood DEFAULT 'calm'::mood);
