CREATE TABLE parents (
    id integer PRIMARY KEY
);

CREATE TABLE children (
    id integer PRIMARY KEY,
    parent_id integer,
    age integer,
    CONSTRAINT children_parent_fk FOREIGN KEY (parent_id) REFERENCES parents (id),
    CONSTRAINT children_age_check CHECK (age >= 0)
);
COMMENT ON CONSTRAINT children_parent_fk ON children IS 'Parent link.';
COMMENT ON CONSTRAINT children_age_check ON children IS 'Age sanity check.';
