-- Recipe: set NOT NULL
-- SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock, unless a validated CHECK (c IS NOT NULL) proves it. The check is added NOT VALID, validated without blocking writes, used by SET NOT NULL and dropped. Each down gives back the state before its up: the down of the validation drops the check and adds it back NOT VALID (PostgreSQL cannot mark a constraint not valid again), and the down of SET NOT NULL adds back the validated check before DROP NOT NULL.
CREATE TABLE customers (id bigint PRIMARY KEY, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), placed_at timestamptz);
