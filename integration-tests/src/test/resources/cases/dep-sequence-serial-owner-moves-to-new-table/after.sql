CREATE SEQUENCE legacy_users_id_seq AS integer;
CREATE TABLE users (id integer PRIMARY KEY DEFAULT nextval('legacy_users_id_seq'), name text);
ALTER SEQUENCE legacy_users_id_seq OWNED BY users.id;
