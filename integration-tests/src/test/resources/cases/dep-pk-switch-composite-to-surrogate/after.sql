CREATE TABLE memberships (user_id int NOT NULL, group_id int, id bigint PRIMARY KEY);
