-- Tests: add FKs with ON DELETE CASCADE + ON UPDATE CASCADE (default name), ON DELETE RESTRICT (named) and ON DELETE SET NULL.
CREATE TABLE teams (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE team_members (
    team_id integer NOT NULL,
    user_id integer NOT NULL,
    invited_by integer,
    PRIMARY KEY (team_id, user_id),
    FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT team_members_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT,
    FOREIGN KEY (invited_by) REFERENCES users (id) ON DELETE SET NULL
);
