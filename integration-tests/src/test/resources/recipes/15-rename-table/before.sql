-- Recipe: rename table (hinted)
-- A rename cannot be told from a drop and an add, so the declared schema states it with a hint. The table is renamed in place (rows, indexes and constraints stay; those the declared schema names after the new name are renamed too) and an updatable view under the old name keeps the running application working until the contract phase drops it.
CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);
