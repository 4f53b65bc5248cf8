CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE measurements (
  id bigint NOT NULL,
  customer_id bigint REFERENCES customers (id),
  taken_at timestamptz NOT NULL,
  value numeric,
  PRIMARY KEY (id, taken_at)
) PARTITION BY RANGE (taken_at);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurements_2026 PARTITION OF measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX measurements_customer ON measurements (customer_id);
COMMENT ON TABLE measurements IS 'One row per reading';
COMMENT ON TABLE measurements_2026 IS 'Current year';
