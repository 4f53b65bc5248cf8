-- Tests: columns using built-in collations ("C", "POSIX", ucs_basic) next to one of the schema's own named like a built-in one in lower case; the rebuild must qualify each where it lives
CREATE COLLATION posix (provider = libc, locale = 'C');
CREATE TABLE words (id bigint PRIMARY KEY, w text COLLATE "C", p text COLLATE "POSIX", u text COLLATE ucs_basic, own text COLLATE public.posix);
