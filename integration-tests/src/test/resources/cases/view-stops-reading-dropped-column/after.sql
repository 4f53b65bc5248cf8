CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE VIEW user_flags AS SELECT id, email, true AS legacy_flag FROM users;
