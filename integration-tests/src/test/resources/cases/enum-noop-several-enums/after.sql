-- Tests: before and after are identical (several enums in several schemas, awkward names/labels, used by PK/FK, NOT NULL with default, array, index, partial index, CHECK, unused enum); the diff must be empty.
CREATE SCHEMA shop;
CREATE SCHEMA "Sales";

CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');
CREATE TYPE priority AS ENUM ('low', 'medium', 'high');
CREATE TYPE unused_kind AS ENUM ('x');
CREATE TYPE shop.channel AS ENUM ('web', 'phone', 'store');
CREATE TYPE "Sales"."Order Status" AS ENUM ('it''s', 'Mixed Case', 'with space', 'données');

CREATE TABLE status_info (
    status order_status PRIMARY KEY,
    description text NOT NULL
);

CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'new'::order_status REFERENCES status_info (status),
    history order_status[] NOT NULL DEFAULT '{}'::order_status[],
    urgency priority,
    channel shop.channel DEFAULT 'web'::shop.channel,
    paid_at timestamptz,
    CONSTRAINT orders_not_cancelled CHECK (status <> 'cancelled'),
    CONSTRAINT orders_paid_at_check CHECK (status < 'paid' OR paid_at IS NOT NULL)
);
CREATE INDEX orders_status_idx ON orders (status);
CREATE INDEX orders_new_idx ON orders (id) WHERE status = 'new';
CREATE UNIQUE INDEX orders_id_urgency_idx ON orders (id, urgency DESC NULLS LAST);

CREATE TABLE shop.tickets (
    id serial PRIMARY KEY,
    priority priority NOT NULL DEFAULT 'medium'::priority,
    channel shop.channel NOT NULL
);

CREATE TABLE "Sales"."Order Items" (
    "itemId" integer PRIMARY KEY,
    "Current Status" "Sales"."Order Status" NOT NULL DEFAULT 'it''s'::"Sales"."Order Status",
    "past statuses" "Sales"."Order Status"[],
    CONSTRAINT "not ""Mixed Case""" CHECK ("Current Status" <> 'Mixed Case')
);
COMMENT ON COLUMN "Sales"."Order Items"."Current Status" IS 'Enum column with an awkward type name.';
