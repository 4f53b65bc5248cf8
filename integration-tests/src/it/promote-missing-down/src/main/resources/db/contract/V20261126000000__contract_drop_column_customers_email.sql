-- Dovetail migration: contract_drop_column_customers_email (up)
-- Drops column email of public.customers and its data.
ALTER TABLE public.customers DROP COLUMN email;
