-- Tests: raise MINVALUE and START WITH together (1 -> 1000) on a never-used sequence; its current value (1) is below the new MINVALUE.
CREATE SEQUENCE voucher_seq MINVALUE 1000 START WITH 1000;
