-- Tests: add a value BEFORE the first existing value of an enum used by a column (only expressible as ADD VALUE ... BEFORE).
CREATE TYPE order_status AS ENUM ('draft', 'new', 'paid', 'shipped');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status
);
