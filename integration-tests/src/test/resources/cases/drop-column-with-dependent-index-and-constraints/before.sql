CREATE TABLE accounts (
    id integer PRIMARY KEY,
    region text NOT NULL,
    legacy_code varchar(10),
    CONSTRAINT accounts_legacy_code_check CHECK (legacy_code <> ''),
    CONSTRAINT accounts_region_legacy_code_key UNIQUE (region, legacy_code)
);
CREATE INDEX accounts_legacy_code_idx ON accounts (legacy_code);
CREATE INDEX accounts_region_idx ON accounts (region);
