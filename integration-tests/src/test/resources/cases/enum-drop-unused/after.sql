-- Tests: drop an enum type that no column uses while another enum type stays in use.
CREATE TYPE priority AS ENUM ('low', 'medium', 'high');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    urgency priority
);
