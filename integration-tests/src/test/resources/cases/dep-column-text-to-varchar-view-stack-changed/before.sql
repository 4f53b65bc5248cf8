-- Tests: a text column becomes varchar(20) under a stack of views whose upper view also changes
CREATE TABLE tags (id bigint PRIMARY KEY, label text NOT NULL);
CREATE VIEW tag_labels AS SELECT id, label FROM tags;
CREATE VIEW short_tags AS SELECT label FROM tag_labels WHERE length(label) < 5;
