CREATE TABLE "Node" (id int PRIMARY KEY, "Parent" int CONSTRAINT "Node Parent FK" REFERENCES "Node");
