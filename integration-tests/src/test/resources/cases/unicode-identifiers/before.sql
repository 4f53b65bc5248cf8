CREATE TABLE "café" (
    id integer PRIMARY KEY,
    "Größe" numeric(6,2),
    "数据" jsonb
);
