-- Tests: a sequence's owner moves to a new column of the same table while the old owner column is dropped
CREATE SEQUENCE ticket_no;
CREATE TABLE tickets (id bigint PRIMARY KEY, old_no bigint DEFAULT nextval('ticket_no'));
ALTER SEQUENCE ticket_no OWNED BY tickets.old_no;
