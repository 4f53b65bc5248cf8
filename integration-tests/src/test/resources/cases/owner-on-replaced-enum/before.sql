-- Tests: (found by the property test) an enum that loses a label is replaced by a new type of its name; its stated owner is given to the new type in the same migration, and the down gives the old type its owner back
CREATE TYPE mood AS ENUM ('happy', 'sad');
ALTER TYPE mood OWNER TO dovetail_owner_a;
CREATE TABLE feelings (id bigint PRIMARY KEY, m mood);
