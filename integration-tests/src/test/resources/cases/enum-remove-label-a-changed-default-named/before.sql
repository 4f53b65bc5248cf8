CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE "User Accounts" (id bigint PRIMARY KEY, amount mood DEFAULT 'happy'::mood);
