-- Tests: add a composite FK with MATCH FULL, ON DELETE CASCADE and ON UPDATE CASCADE.
CREATE TABLE regions (
    country char(2) NOT NULL,
    region_code varchar(10) NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (country, region_code)
);

CREATE TABLE offices (
    id integer PRIMARY KEY,
    country char(2),
    region_code varchar(10),
    CONSTRAINT offices_region_fk FOREIGN KEY (country, region_code) REFERENCES regions (country, region_code)
        MATCH FULL ON DELETE CASCADE ON UPDATE CASCADE
);
