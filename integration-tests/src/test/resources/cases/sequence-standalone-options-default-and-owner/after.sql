-- Tests: standalone sequences: options, a default that uses one, ownership
CREATE SEQUENCE "Order Seq" AS integer INCREMENT BY 5 CACHE 10 CYCLE;
CREATE SEQUENCE new_seq START WITH 100;
CREATE TABLE t (id int DEFAULT nextval('new_seq'));
ALTER SEQUENCE "Order Seq" OWNED BY t.id;
