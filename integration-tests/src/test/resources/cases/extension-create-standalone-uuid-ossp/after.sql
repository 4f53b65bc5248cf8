-- Tests: create a standalone extension with a name that needs quoting ("uuid-ossp", in public) that nothing uses.
CREATE EXTENSION "uuid-ossp";

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL
);
