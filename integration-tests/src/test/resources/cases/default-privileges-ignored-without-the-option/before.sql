-- Tests: without includePrivileges (the default) default privileges are neither read nor compared, as other privileges: before and after differ only in them, and no migration is planned
CREATE SCHEMA app;
CREATE TABLE app.orders (id bigint PRIMARY KEY);
