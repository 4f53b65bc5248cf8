CREATE TABLE ranges (id bigint PRIMARY KEY, lo bigint NOT NULL, hi bigint NOT NULL, label text, CONSTRAINT ranges_ordered CHECK (lo <= hi));
CREATE INDEX ranges_lo_hi ON ranges (lo, hi);
CREATE INDEX ranges_labelled_lo ON ranges (label) WHERE lo > 0;
