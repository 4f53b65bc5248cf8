CREATE TABLE tags (id bigint PRIMARY KEY, label varchar(20) NOT NULL);
CREATE VIEW tag_labels AS SELECT id, label FROM tags;
CREATE VIEW short_tags AS SELECT id, label FROM tag_labels WHERE length(label) < 10;
