-- Tests: a column is dropped and the view that read it is changed to do without it
CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_flag boolean);
CREATE VIEW user_flags AS SELECT id, email, legacy_flag FROM users;
