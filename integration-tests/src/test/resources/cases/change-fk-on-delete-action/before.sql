CREATE TABLE posts (
    id integer PRIMARY KEY,
    title text NOT NULL
);

CREATE TABLE comments (
    id integer PRIMARY KEY,
    post_id integer NOT NULL REFERENCES posts (id),
    parent_post_id integer,
    body text NOT NULL,
    CONSTRAINT comments_parent_post_fk FOREIGN KEY (parent_post_id) REFERENCES posts (id) ON DELETE RESTRICT
);
