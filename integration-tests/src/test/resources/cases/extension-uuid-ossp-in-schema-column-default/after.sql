-- Tests: create "uuid-ossp" WITH SCHEMA extensions and add a NOT NULL uuid column defaulting to extensions.uuid_generate_v4().
CREATE SCHEMA extensions;
CREATE EXTENSION "uuid-ossp" WITH SCHEMA extensions;

CREATE TABLE shipments (
    id integer PRIMARY KEY,
    destination text NOT NULL,
    tracking_id uuid NOT NULL DEFAULT extensions.uuid_generate_v4()
);
