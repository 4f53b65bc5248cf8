-- Tests: change FK delete actions (default NO ACTION -> CASCADE on a default-named FK; RESTRICT -> SET NULL on a named FK).
CREATE TABLE posts (
    id integer PRIMARY KEY,
    title text NOT NULL
);

CREATE TABLE comments (
    id integer PRIMARY KEY,
    post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    parent_post_id integer,
    body text NOT NULL,
    CONSTRAINT comments_parent_post_fk FOREIGN KEY (parent_post_id) REFERENCES posts (id) ON DELETE SET NULL
);
