-- Tests: drop two triggers and the function they call
CREATE TABLE events (id bigint PRIMARY KEY, payload text);
