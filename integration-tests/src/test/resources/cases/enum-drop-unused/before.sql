CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');
CREATE TYPE priority AS ENUM ('low', 'medium', 'high');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    urgency priority
);
