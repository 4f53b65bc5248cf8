CREATE TABLE departments (
    id integer PRIMARY KEY,
    code text NOT NULL UNIQUE
);

CREATE TABLE employees (
    id integer,
    department_id integer,
    salary numeric(10,2),
    CONSTRAINT employees_pkey PRIMARY KEY (id),
    CONSTRAINT employees_department_fk FOREIGN KEY (department_id) REFERENCES departments (id),
    CONSTRAINT employees_salary_positive CHECK (salary > 0)
);
