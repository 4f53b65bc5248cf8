-- Tests: change MINVALUE (1 -> 50), MAXVALUE (default -> 5000) and CACHE (1 -> 25); START WITH 100 stays, so both directions stay within bounds.
CREATE SEQUENCE batch_seq START WITH 100 MINVALUE 50 MAXVALUE 5000 CACHE 25;
