-- Tests: replace a referenced primary key (id -> slug) together with the FK that depends on it (FK now references slug).
CREATE TABLE projects (
    id integer NOT NULL,
    slug varchar(40) NOT NULL,
    CONSTRAINT projects_pkey PRIMARY KEY (slug)
);

CREATE TABLE issues (
    id integer PRIMARY KEY,
    project_id integer NOT NULL,
    project_slug varchar(40) NOT NULL,
    CONSTRAINT issues_project_fk FOREIGN KEY (project_slug) REFERENCES projects (slug)
);
