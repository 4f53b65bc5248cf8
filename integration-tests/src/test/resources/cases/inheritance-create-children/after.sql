CREATE TABLE documents (
    id bigint NOT NULL,
    title text NOT NULL DEFAULT '',
    created date,
    CONSTRAINT "title's length" CHECK (length(title) < 200)
);
CREATE TABLE "Invoices" (
    amount numeric(10,2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (id)
) INHERITS (documents);
CREATE INDEX "Invoices by date" ON "Invoices" (created);
CREATE TABLE receipts (
    title text NOT NULL DEFAULT '',
    paid boolean
) INHERITS (documents);
COMMENT ON TABLE receipts IS 'documents that were paid';
