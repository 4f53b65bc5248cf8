CREATE TABLE "weird""name" (
    "ID" integer PRIMARY KEY,
    "Mixed Case" varchar(10),
    "old ""quoted"" column" text,
    "order" integer
);
