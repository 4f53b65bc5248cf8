-- Tests: add ownership to an existing sequence used by a default (ALTER SEQUENCE line_no_seq OWNED BY order_lines.line_no).
CREATE SEQUENCE line_no_seq;

CREATE TABLE order_lines (
    line_no integer NOT NULL DEFAULT nextval('line_no_seq'),
    product text NOT NULL
);
ALTER SEQUENCE line_no_seq OWNED BY order_lines.line_no;
