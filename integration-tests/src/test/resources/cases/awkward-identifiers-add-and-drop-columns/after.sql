-- Tests: on table "weird""name": add "createdAt" with default, drop "old ""quoted"" column", widen "Mixed Case", make "order" NOT NULL.
CREATE TABLE "weird""name" (
    "ID" integer PRIMARY KEY,
    "Mixed Case" varchar(20),
    "order" integer NOT NULL,
    "createdAt" timestamptz DEFAULT now()
);
