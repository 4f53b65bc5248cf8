CREATE TABLE accounts (id bigint NOT NULL, tenant int NOT NULL, number int NOT NULL, PRIMARY KEY (tenant, number));
CREATE TABLE entries (id bigint PRIMARY KEY, account_id bigint, tenant int NOT NULL, number int NOT NULL,
    FOREIGN KEY (tenant, number) REFERENCES accounts (tenant, number));
