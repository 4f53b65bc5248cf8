CREATE SEQUENCE counter_seq;
