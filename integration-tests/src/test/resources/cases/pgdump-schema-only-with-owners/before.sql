--
-- PostgreSQL database dump
--

\restrict NuNpLJhXeME609wb3unRtfBzrpwEpwdvSlafy9NrUyMVH0U4wPEpd70fiUwTnXv

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
-- Name: app; Type: SCHEMA; Schema: -; Owner: dovetail_owner_a
--

CREATE SCHEMA app;


ALTER SCHEMA app OWNER TO dovetail_owner_a;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: customers; Type: TABLE; Schema: app; Owner: dovetail_owner_a
--

CREATE TABLE app.customers (
    id bigint NOT NULL,
    email text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE app.customers OWNER TO dovetail_owner_a;

--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: app; Owner: dovetail_owner_a
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
-- Name: orders; Type: TABLE; Schema: app; Owner: dovetail_owner_a
--

CREATE TABLE app.orders (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    total numeric(12,2) NOT NULL,
    status text DEFAULT 'new'::text NOT NULL,
    CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric))
);


ALTER TABLE app.orders OWNER TO dovetail_owner_a;

--
-- Name: TABLE orders; Type: COMMENT; Schema: app; Owner: dovetail_owner_a
--

COMMENT ON TABLE app.orders IS 'Orders placed by customers';


--
-- Name: order_totals; Type: VIEW; Schema: app; Owner: dovetail_owner_a
--

CREATE VIEW app.order_totals AS
 SELECT orders.customer_id,
    sum(orders.total) AS total
   FROM app.orders
  GROUP BY orders.customer_id;


ALTER TABLE app.order_totals OWNER TO dovetail_owner_a;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: app; Owner: dovetail_owner_a
--

CREATE SEQUENCE app.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE app.orders_id_seq OWNER TO dovetail_owner_a;

--
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: app; Owner: dovetail_owner_a
--

ALTER SEQUENCE app.orders_id_seq OWNED BY app.orders.id;


--
-- Name: orders id; Type: DEFAULT; Schema: app; Owner: dovetail_owner_a
--

ALTER TABLE ONLY app.orders ALTER COLUMN id SET DEFAULT nextval('app.orders_id_seq'::regclass);


--
-- Name: customers customers_email_key; Type: CONSTRAINT; Schema: app; Owner: dovetail_owner_a
--

ALTER TABLE ONLY app.customers
    ADD CONSTRAINT customers_email_key UNIQUE (email);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: app; Owner: dovetail_owner_a
--

ALTER TABLE ONLY app.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: app; Owner: dovetail_owner_a
--

ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: orders_customer_id_idx; Type: INDEX; Schema: app; Owner: dovetail_owner_a
--

CREATE INDEX orders_customer_id_idx ON app.orders USING btree (customer_id);


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: dovetail_owner_a
--

ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES app.customers(id);


--
-- PostgreSQL database dump complete
--

\unrestrict NuNpLJhXeME609wb3unRtfBzrpwEpwdvSlafy9NrUyMVH0U4wPEpd70fiUwTnXv

