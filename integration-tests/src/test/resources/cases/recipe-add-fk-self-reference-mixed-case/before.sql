CREATE TABLE "Node" (id int PRIMARY KEY, "Parent" int);
