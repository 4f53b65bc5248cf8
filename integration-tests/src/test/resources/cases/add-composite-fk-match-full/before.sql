CREATE TABLE regions (
    country char(2) NOT NULL,
    region_code varchar(10) NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (country, region_code)
);

CREATE TABLE offices (
    id integer PRIMARY KEY,
    country char(2),
    region_code varchar(10)
);
