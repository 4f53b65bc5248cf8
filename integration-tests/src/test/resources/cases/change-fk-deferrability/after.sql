-- Tests: change FK deferrability (NOT DEFERRABLE -> DEFERRABLE INITIALLY DEFERRED; INITIALLY DEFERRED -> DEFERRABLE INITIALLY IMMEDIATE).
CREATE TABLE ledgers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE entries (
    id integer PRIMARY KEY,
    ledger_id integer NOT NULL,
    contra_ledger_id integer,
    CONSTRAINT entries_ledger_fk FOREIGN KEY (ledger_id) REFERENCES ledgers (id)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT entries_contra_ledger_fk FOREIGN KEY (contra_ledger_id) REFERENCES ledgers (id)
        DEFERRABLE INITIALLY IMMEDIATE
);
