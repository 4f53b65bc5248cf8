CREATE TABLE plans (
    id integer PRIMARY KEY,
    code varchar(20) NOT NULL UNIQUE,
    price numeric(8,2) NOT NULL
);

CREATE TABLE subscriptions (
    id integer PRIMARY KEY,
    plan_code varchar(20) NOT NULL,
    CONSTRAINT subscriptions_plan_code_fk FOREIGN KEY (plan_code) REFERENCES plans (code)
);
