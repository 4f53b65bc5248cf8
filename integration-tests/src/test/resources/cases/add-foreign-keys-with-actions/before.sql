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
    PRIMARY KEY (team_id, user_id)
);
