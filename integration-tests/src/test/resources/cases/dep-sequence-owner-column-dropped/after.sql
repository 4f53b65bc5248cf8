CREATE SEQUENCE ticket_no;
CREATE TABLE tickets (id bigint PRIMARY KEY, no bigint DEFAULT nextval('ticket_no'));
ALTER SEQUENCE ticket_no OWNED BY tickets.no;
