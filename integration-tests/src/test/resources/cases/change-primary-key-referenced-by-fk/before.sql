CREATE TABLE projects (
    id integer NOT NULL,
    slug varchar(40) NOT NULL,
    CONSTRAINT projects_pkey PRIMARY KEY (id)
);

CREATE TABLE issues (
    id integer PRIMARY KEY,
    project_id integer NOT NULL,
    CONSTRAINT issues_project_fk FOREIGN KEY (project_id) REFERENCES projects (id)
);
