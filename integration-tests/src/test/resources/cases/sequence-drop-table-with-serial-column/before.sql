CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE login_attempts (
    id serial PRIMARY KEY,
    customer_id integer REFERENCES customers (id),
    attempted_at timestamptz NOT NULL DEFAULT now()
);
