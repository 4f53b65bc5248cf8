-- Tests: a composite primary key is replaced by a surrogate key; one old key column becomes nullable
CREATE TABLE memberships (user_id int NOT NULL, group_id int NOT NULL, id bigint NOT NULL, PRIMARY KEY (user_id, group_id));
