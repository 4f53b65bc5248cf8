CREATE TABLE "Table" ("Column" text, other int);
