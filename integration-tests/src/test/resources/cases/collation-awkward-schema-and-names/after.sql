-- Tests: collations with awkward names in a schema with an awkward name, used by a column in another schema, a domain and a composite type created in the same run.
CREATE SCHEMA app;
CREATE SCHEMA "Sort ""Rules""";
CREATE COLLATION "Sort ""Rules"""."Case Insensitive" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION "Sort ""Rules""".order (provider = icu, locale = 'sv-SE');
CREATE COLLATION "Sort ""Rules"""."Plain C" FROM "C";
CREATE DOMAIN app.handle AS text COLLATE "Sort ""Rules"""."Case Insensitive" CHECK (length(VALUE) > 2);
CREATE TYPE app.label AS (title text COLLATE "Sort ""Rules""".order, code text COLLATE "Sort ""Rules"""."Plain C");
CREATE TABLE app.people (
    id bigint PRIMARY KEY,
    name text COLLATE "Sort ""Rules""".order NOT NULL,
    handle app.handle,
    tag app.label
);
