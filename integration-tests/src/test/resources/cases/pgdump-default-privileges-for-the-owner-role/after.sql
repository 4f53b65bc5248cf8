--
-- PostgreSQL database dump
--

\restrict FflPIp5cJPD0DmmVixuiWqpDAfF1IcOHeMtuRcGv9ndrMUdKozhCNXAqVUOmn2D

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

--
-- Name: order_count(); Type: FUNCTION; Schema: app; Owner: dovetail_priv_owner
--

CREATE FUNCTION app.order_count() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM app.orders $$;


ALTER FUNCTION app.order_count() OWNER TO dovetail_priv_owner;

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
-- Name: orders; Type: TABLE; Schema: app; Owner: dovetail_priv_owner
--

CREATE TABLE app.orders (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    total numeric(12,2)
);


ALTER TABLE app.orders OWNER TO dovetail_priv_owner;

--
-- Name: order_totals; Type: VIEW; Schema: app; Owner: dovetail_priv_owner
--

CREATE VIEW app.order_totals AS
 SELECT orders.customer_id,
    sum(orders.total) AS total
   FROM app.orders
  GROUP BY orders.customer_id;


ALTER TABLE app.order_totals OWNER TO dovetail_priv_owner;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: app; Owner: dovetail_priv_owner
--

CREATE SEQUENCE app.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE app.orders_id_seq OWNER TO dovetail_priv_owner;

--
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: app; Owner: dovetail_priv_owner
--

ALTER SEQUENCE app.orders_id_seq OWNED BY app.orders.id;


--
-- Name: orders id; Type: DEFAULT; Schema: app; Owner: dovetail_priv_owner
--

ALTER TABLE ONLY app.orders ALTER COLUMN id SET DEFAULT nextval('app.orders_id_seq'::regclass);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: app; Owner: dovetail_priv_owner
--

ALTER TABLE ONLY app.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: app; Owner: dovetail_priv_owner
--

ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: dovetail_priv_owner
--

ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES app.customers(id);


--
-- Name: FUNCTION customer_count(); Type: ACL; Schema: app; Owner: dovetail_priv_owner
--

REVOKE ALL ON FUNCTION app.customer_count() FROM PUBLIC;


--
-- Name: FUNCTION order_count(); Type: ACL; Schema: app; Owner: dovetail_priv_owner
--

REVOKE ALL ON FUNCTION app.order_count() FROM PUBLIC;


--
-- Name: TABLE customers; Type: ACL; Schema: app; Owner: dovetail_priv_owner
--

GRANT SELECT ON TABLE app.customers TO dovetail_priv_reader;


--
-- Name: TABLE orders; Type: ACL; Schema: app; Owner: dovetail_priv_owner
--

GRANT SELECT ON TABLE app.orders TO dovetail_priv_reader;
GRANT INSERT,UPDATE ON TABLE app.orders TO dovetail_priv_writer;


--
-- Name: TABLE order_totals; Type: ACL; Schema: app; Owner: dovetail_priv_owner
--

GRANT SELECT ON TABLE app.order_totals TO dovetail_priv_reader;
GRANT INSERT,UPDATE ON TABLE app.order_totals TO dovetail_priv_writer;


--
-- Name: SEQUENCE orders_id_seq; Type: ACL; Schema: app; Owner: dovetail_priv_owner
--

GRANT USAGE ON SEQUENCE app.orders_id_seq TO dovetail_priv_writer;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: app; Owner: dovetail_priv_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE dovetail_priv_owner IN SCHEMA app GRANT SELECT ON TABLES  TO dovetail_priv_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE dovetail_priv_owner IN SCHEMA app GRANT INSERT,UPDATE ON TABLES  TO dovetail_priv_writer;


--
-- Name: DEFAULT PRIVILEGES FOR SEQUENCES; Type: DEFAULT ACL; Schema: -; Owner: dovetail_priv_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE dovetail_priv_owner GRANT USAGE ON SEQUENCES  TO dovetail_priv_writer;


--
-- Name: DEFAULT PRIVILEGES FOR FUNCTIONS; Type: DEFAULT ACL; Schema: -; Owner: dovetail_priv_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE dovetail_priv_owner REVOKE ALL ON FUNCTIONS  FROM PUBLIC;


--
-- PostgreSQL database dump complete
--

\unrestrict FflPIp5cJPD0DmmVixuiWqpDAfF1IcOHeMtuRcGv9ndrMUdKozhCNXAqVUOmn2D

