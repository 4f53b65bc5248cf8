CREATE TABLE airports (
    id integer PRIMARY KEY,
    iata_code char(3) NOT NULL,
    name text NOT NULL,
    CONSTRAINT airports_iata_code_key UNIQUE (iata_code)
);

CREATE TABLE flights (
    id integer PRIMARY KEY,
    origin char(3) NOT NULL,
    destination char(3) NOT NULL
);
