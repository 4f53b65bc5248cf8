-- Tests: real pg_dump 15.18 output (-s, with owners and privileges) of a schema whose owner role has default privileges: a revoke from PUBLIC on functions and grants on tables in one schema; after adds default grants on tables and sequences and new tables, a view, a sequence and a function created by that role (pg_dump writes their grants out, and the default privileges last)
-- Options: includePrivileges
--
-- PostgreSQL database dump
--

\restrict LhDnwi5QQpx2k008AI5ZyjZsrAy8vBYzk2DTHLxb2ecBBHJ5zgzYh1sAWK7ZnUA

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app; Type: SCHEMA; Schema: -; Owner: dovetail_priv_owner
--

CREATE SCHEMA app;


ALTER SCHEMA app OWNER TO dovetail_priv_owner;

--
-- Name: customer_count(); Type: FUNCTION; Schema: app; Owner: dovetail_priv_owner
--

CREATE FUNCTION app.customer_count() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM app.customers $$;


ALTER FUNCTION app.customer_count() OWNER TO dovetail_priv_owner;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: customers; Type: TABLE; Schema: app; Owner: dovetail_priv_owner
--

CREATE TABLE app.customers (
    id bigint NOT NULL,
    name text NOT NULL
);


ALTER TABLE app.customers OWNER TO dovetail_priv_owner;

--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: app; Owner: dovetail_priv_owner
--

ALTER TABLE app.customers ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.customers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: app; Owner: dovetail_priv_owner
--

ALTER TABLE ONLY app.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: FUNCTION customer_count(); Type: ACL; Schema: app; Owner: dovetail_priv_owner
--

REVOKE ALL ON FUNCTION app.customer_count() FROM PUBLIC;


--
-- Name: TABLE customers; Type: ACL; Schema: app; Owner: dovetail_priv_owner
--

GRANT SELECT ON TABLE app.customers TO dovetail_priv_reader;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: app; Owner: dovetail_priv_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE dovetail_priv_owner IN SCHEMA app GRANT SELECT ON TABLES  TO dovetail_priv_reader;


--
-- Name: DEFAULT PRIVILEGES FOR FUNCTIONS; Type: DEFAULT ACL; Schema: -; Owner: dovetail_priv_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE dovetail_priv_owner REVOKE ALL ON FUNCTIONS  FROM PUBLIC;


--
-- PostgreSQL database dump complete
--

\unrestrict LhDnwi5QQpx2k008AI5ZyjZsrAy8vBYzk2DTHLxb2ecBBHJ5zgzYh1sAWK7ZnUA

