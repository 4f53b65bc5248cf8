-- Tests: the other forms of CREATE AGGREGATE: an ordered-set aggregate (direct argument ORDER BY aggregated one, FINALFUNC_EXTRA), a hypothetical-set one, a moving-aggregate form (MSFUNC, MINVFUNC, MSTYPE), PARALLEL SAFE with a COMBINEFUNC, SORTOP, and a count of rows (*)
CREATE TABLE samples (id bigint PRIMARY KEY, value integer NOT NULL);
