--
-- PostgreSQL database dump
--

\restrict V1XYbvmnaUhhXR2lKuFUmUU4caLyZh0dO8nfbzSkjeYwTpovBGK9vawwrXMT7lb

-- Dumped from database version 15.19
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
-- Name: sales; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA sales;


ALTER SCHEMA sales OWNER TO postgres;

--
-- Name: mood; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.mood AS ENUM (
    'happy',
    'ok',
    'sad'
);


ALTER TYPE public.mood OWNER TO postgres;

--
-- Name: touch_name(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.touch_name() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  /*
\connect elsewhere -- a backslash first on a line of a body is no meta-command
  */
  NEW.name := trim(E'\t' || NEW.name);
  RETURN NEW;
END
$$;


ALTER FUNCTION public.touch_name() OWNER TO postgres;

--
-- Name: order_total(bigint); Type: FUNCTION; Schema: sales; Owner: postgres
--

CREATE FUNCTION sales.order_total(customer bigint) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(sum(total), 0) FROM sales.orders WHERE customer_id = customer $$;


ALTER FUNCTION sales.order_total(customer bigint) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: customers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customers (
    id bigint NOT NULL,
    name text NOT NULL,
    email text,
    mood public.mood DEFAULT 'ok'::public.mood NOT NULL,
    notes text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT customers_notes_check CHECK ((notes <> ''::text))
);


ALTER TABLE public.customers OWNER TO postgres;

--
-- Name: TABLE customers; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.customers IS 'People who buy; a backslash \ and a quote '' in a comment';


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.customers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.customers_id_seq OWNER TO postgres;

--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;


--
-- Name: invoice_number; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.invoice_number
    START WITH 1000
    INCREMENT BY 10
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.invoice_number OWNER TO postgres;

--
-- Name: customer_totals; Type: VIEW; Schema: sales; Owner: postgres
--

CREATE VIEW sales.customer_totals AS
 SELECT c.id,
    c.name,
    sales.order_total(c.id) AS total
   FROM public.customers c;


ALTER TABLE sales.customer_totals OWNER TO postgres;

--
-- Name: orders; Type: TABLE; Schema: sales; Owner: postgres
--

CREATE TABLE sales.orders (
    id integer NOT NULL,
    customer_id bigint NOT NULL,
    invoice integer DEFAULT nextval('public.invoice_number'::regclass) NOT NULL,
    total numeric(12,2) NOT NULL,
    placed_on date DEFAULT CURRENT_DATE NOT NULL,
    CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric))
);


ALTER TABLE sales.orders OWNER TO postgres;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: sales; Owner: postgres
--

ALTER TABLE sales.orders ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME sales.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: customers id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers ALTER COLUMN id SET DEFAULT nextval('public.customers_id_seq'::regclass);


--
-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.customers (id, name, email, mood, notes, created_at) FROM stdin;
1	\tAda	ada@example.com	happy	line one\nline two with a \\ backslash	2026-12-04 17:35:52.153764+00
2	\tBob	\N	sad	\N	2026-12-04 17:35:52.153764+00
3	\t\\.	dot@example.com	ok	a name that is a backslash and a dot	2026-12-04 17:35:52.153764+00
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: sales; Owner: postgres
--

COPY sales.orders (id, customer_id, invoice, total, placed_on) FROM stdin;
1	1	1000	10.50	2026-12-04
2	1	1010	4.25	2026-12-04
3	2	1020	99.00	2026-12-04
\.


--
-- Name: customers_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.customers_id_seq', 3, true);


--
-- Name: invoice_number; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.invoice_number', 1020, true);


--
-- Name: orders_id_seq; Type: SEQUENCE SET; Schema: sales; Owner: postgres
--

SELECT pg_catalog.setval('sales.orders_id_seq', 3, true);


--
-- Name: customers customers_email_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_email_key UNIQUE (email);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: customers_lower_name_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX customers_lower_name_idx ON public.customers USING btree (lower(name)) WHERE (email IS NOT NULL);


--
-- Name: orders_customer_idx; Type: INDEX; Schema: sales; Owner: postgres
--

CREATE INDEX orders_customer_idx ON sales.orders USING btree (customer_id);


--
-- Name: customers customers_touch; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER customers_touch BEFORE INSERT OR UPDATE ON public.customers FOR EACH ROW EXECUTE FUNCTION public.touch_name();


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict V1XYbvmnaUhhXR2lKuFUmUU4caLyZh0dO8nfbzSkjeYwTpovBGK9vawwrXMT7lb

