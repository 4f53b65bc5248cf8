-- Tests: drop a domain with the only column that uses it, and an unused one
CREATE TABLE users (id bigint PRIMARY KEY);
