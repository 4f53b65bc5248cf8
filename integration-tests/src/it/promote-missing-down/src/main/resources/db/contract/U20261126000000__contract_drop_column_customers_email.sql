-- Dovetail migration: contract_drop_column_customers_email (down)
-- Undoes V20261126000000__contract_drop_column_customers_email.sql.
ALTER TABLE public.customers ADD COLUMN email text;
