-- Tests: drop a unique constraint together with the FK that depends on it (FK must be dropped first, re-added last on down).
CREATE TABLE plans (
    id integer PRIMARY KEY,
    code varchar(20) NOT NULL,
    price numeric(8,2) NOT NULL
);

CREATE TABLE subscriptions (
    id integer PRIMARY KEY,
    plan_code varchar(20) NOT NULL
);
