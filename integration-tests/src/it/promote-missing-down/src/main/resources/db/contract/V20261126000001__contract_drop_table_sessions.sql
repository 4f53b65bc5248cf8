-- Dovetail migration: contract_drop_table_sessions (up)
-- Its down (U20261126000001__contract_drop_table_sessions.sql) is missing on purpose.
DROP TABLE public.sessions;
