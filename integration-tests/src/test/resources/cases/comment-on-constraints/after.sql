-- Tests: add comments on constraints (COMMENT ON CONSTRAINT c ON t): primary key, foreign key, check, and an unnamed-in-DDL unique constraint.
CREATE TABLE departments (
    id integer PRIMARY KEY,
    code text NOT NULL UNIQUE
);
COMMENT ON CONSTRAINT departments_code_key ON departments IS 'Department codes are unique.';

CREATE TABLE employees (
    id integer,
    department_id integer,
    salary numeric(10,2),
    CONSTRAINT employees_pkey PRIMARY KEY (id),
    CONSTRAINT employees_department_fk FOREIGN KEY (department_id) REFERENCES departments (id),
    CONSTRAINT employees_salary_positive CHECK (salary > 0)
);
COMMENT ON CONSTRAINT employees_pkey ON employees IS 'Surrogate key.';
COMMENT ON CONSTRAINT employees_department_fk ON employees IS 'Every employee belongs to at most one department.';
COMMENT ON CONSTRAINT employees_salary_positive ON employees IS 'Salaries are strictly positive.';
