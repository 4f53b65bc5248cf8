-- Tests: turn CYCLE on for one sequence and off for another (both keep their MAXVALUE).
CREATE SEQUENCE ring_seq MAXVALUE 12 CYCLE;
CREATE SEQUENCE wrap_seq MAXVALUE 99;
