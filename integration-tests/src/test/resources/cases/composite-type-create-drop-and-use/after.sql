CREATE TYPE money_amount AS (currency char(3), cents bigint);
CREATE TYPE "Price Range" AS ("low" money_amount, "high" money_amount, "note" text COLLATE "C");
CREATE TABLE shipments (id bigint PRIMARY KEY, cost money_amount, ranges "Price Range"[]);
COMMENT ON TYPE money_amount IS 'An amount in minor units';
COMMENT ON COLUMN money_amount.cents IS 'Minor units';
