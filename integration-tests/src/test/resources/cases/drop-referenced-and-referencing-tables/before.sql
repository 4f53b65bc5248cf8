CREATE TABLE settings (
    key text PRIMARY KEY,
    value text
);

CREATE TABLE departments (
    id integer PRIMARY KEY,
    name varchar(80) NOT NULL UNIQUE
);

CREATE TABLE employees (
    id integer PRIMARY KEY,
    department_id integer NOT NULL REFERENCES departments (id),
    manager_id integer REFERENCES employees (id) ON DELETE SET NULL,
    name text NOT NULL
);
CREATE INDEX employees_department_id_idx ON employees (department_id);
