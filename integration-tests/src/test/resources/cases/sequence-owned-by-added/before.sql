CREATE SEQUENCE line_no_seq;

CREATE TABLE order_lines (
    line_no integer NOT NULL DEFAULT nextval('line_no_seq'),
    product text NOT NULL
);
