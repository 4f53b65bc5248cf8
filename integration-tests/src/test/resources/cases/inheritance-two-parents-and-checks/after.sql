CREATE TABLE "Named" (name text, CONSTRAINT named_nonempty CHECK (name <> ''), CONSTRAINT named_short CHECK (length(name) < 100));
CREATE TABLE dated (created date);
CREATE TABLE tagged (tags text[]);
CREATE TABLE posts (name text, CONSTRAINT named_nonempty CHECK (name <> ''), body text) INHERITS (dated, tagged);
