-- Tests: range types with quoted names in a quoted schema, an explicit multirange name, a collation of their own and a
-- non-default operator class, a comment and an owner, used by a column of another schema.
CREATE SCHEMA "Time Keeping";
CREATE TYPE "Time Keeping"."Shift Span" AS RANGE (subtype = timestamptz, multirange_type_name = "Time Keeping"."Shift Spans");
CREATE TYPE "Time Keeping"."select" AS RANGE (subtype = text, collation = "POSIX", subtype_opclass = text_pattern_ops);
COMMENT ON TYPE "Time Keeping"."Shift Span" IS 'from clock-in to clock-out';
CREATE TABLE shifts (
    id bigint PRIMARY KEY,
    span "Time Keeping"."Shift Span" NOT NULL,
    breaks "Time Keeping"."Shift Spans",
    code_range "Time Keeping"."select"
);
ALTER TYPE "Time Keeping"."Shift Span" OWNER TO dovetail_owner_a;
