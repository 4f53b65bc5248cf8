CREATE SEQUENCE voucher_seq;
