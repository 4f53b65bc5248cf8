-- Tests: add FKs that reference a unique constraint (not the primary key) of the parent table.
CREATE TABLE airports (
    id integer PRIMARY KEY,
    iata_code char(3) NOT NULL,
    name text NOT NULL,
    CONSTRAINT airports_iata_code_key UNIQUE (iata_code)
);

CREATE TABLE flights (
    id integer PRIMARY KEY,
    origin char(3) NOT NULL REFERENCES airports (iata_code),
    destination char(3) NOT NULL,
    CONSTRAINT flights_destination_fk FOREIGN KEY (destination) REFERENCES airports (iata_code) ON UPDATE CASCADE
);
