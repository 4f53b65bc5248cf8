-- Tests: change INCREMENT BY (1 -> 10) and START WITH (1 -> 100) of a standalone sequence.
CREATE SEQUENCE counter_seq INCREMENT BY 10 START WITH 100;
