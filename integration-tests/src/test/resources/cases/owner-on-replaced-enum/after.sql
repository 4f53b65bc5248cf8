CREATE TYPE mood AS ENUM ('happy');
ALTER TYPE mood OWNER TO dovetail_owner_a;
CREATE TABLE feelings (id bigint PRIMARY KEY, m mood);
