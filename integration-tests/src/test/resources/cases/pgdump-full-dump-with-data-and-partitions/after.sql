-- Tests: a full pg_dump of PostgreSQL 15.18 with its data (COPY … FROM stdin blocks, skipped) and superuser owners on
-- both sides: a partitioned table gains a column with a default and a partition with a check of its own, a NOT VALID
-- check and a foreign key from the partitioned table.
--
-- PostgreSQL database dump
--

\restrict RigRRmSTQEbXDvnscZ8gAqtWeKEyEBvffd8S5ztTkNgN90maqf0GW8KinjSrtiX

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

SET default_tablespace = '';

--
-- Name: measurements; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurements (
    sensor_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision NOT NULL,
    unit text DEFAULT 'C'::text NOT NULL
)
PARTITION BY RANGE (taken_at);


ALTER TABLE public.measurements OWNER TO postgres;

SET default_table_access_method = heap;

--
-- Name: measurements_2025; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurements_2025 (
    sensor_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision NOT NULL,
    unit text DEFAULT 'C'::text NOT NULL
);


ALTER TABLE public.measurements_2025 OWNER TO postgres;

--
-- Name: measurements_2026; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurements_2026 (
    sensor_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision NOT NULL,
    unit text DEFAULT 'C'::text NOT NULL
);


ALTER TABLE public.measurements_2026 OWNER TO postgres;

--
-- Name: measurements_2027; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurements_2027 (
    sensor_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision NOT NULL,
    unit text DEFAULT 'C'::text NOT NULL,
    CONSTRAINT measurements_2027_value_sane CHECK (((value >= ('-100'::integer)::double precision) AND (value <= (100)::double precision)))
);


ALTER TABLE public.measurements_2027 OWNER TO postgres;

--
-- Name: sensors; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sensors (
    id integer NOT NULL,
    name text NOT NULL
);


ALTER TABLE public.sensors OWNER TO postgres;

--
-- Name: measurements_2025; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements ATTACH PARTITION public.measurements_2025 FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');


--
-- Name: measurements_2026; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements ATTACH PARTITION public.measurements_2026 FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');


--
-- Name: measurements_2027; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements ATTACH PARTITION public.measurements_2027 FOR VALUES FROM ('2027-01-01 00:00:00+00') TO ('2028-01-01 00:00:00+00');


--
-- Data for Name: measurements_2025; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.measurements_2025 (sensor_id, taken_at, value, unit) FROM stdin;
1	2025-06-01 12:00:00+00	21.5	C
\.


--
-- Data for Name: measurements_2026; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.measurements_2026 (sensor_id, taken_at, value, unit) FROM stdin;
2	2026-02-01 08:00:00+00	12.25	C
\.


--
-- Data for Name: measurements_2027; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.measurements_2027 (sensor_id, taken_at, value, unit) FROM stdin;
3	2027-03-01 10:00:00+00	7	C
\.


--
-- Data for Name: sensors; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.sensors (id, name) FROM stdin;
1	roof
2	cellar
3	garden
\.


--
-- Name: measurements measurements_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements
    ADD CONSTRAINT measurements_pkey PRIMARY KEY (sensor_id, taken_at);


--
-- Name: measurements_2025 measurements_2025_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements_2025
    ADD CONSTRAINT measurements_2025_pkey PRIMARY KEY (sensor_id, taken_at);


--
-- Name: measurements_2026 measurements_2026_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements_2026
    ADD CONSTRAINT measurements_2026_pkey PRIMARY KEY (sensor_id, taken_at);


--
-- Name: measurements_2027 measurements_2027_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements_2027
    ADD CONSTRAINT measurements_2027_pkey PRIMARY KEY (sensor_id, taken_at);


--
-- Name: sensors sensors_name_not_blank; Type: CHECK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE public.sensors
    ADD CONSTRAINT sensors_name_not_blank CHECK ((name <> ''::text)) NOT VALID;


--
-- Name: sensors sensors_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sensors
    ADD CONSTRAINT sensors_pkey PRIMARY KEY (id);


--
-- Name: measurements_2026_value_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX measurements_2026_value_idx ON public.measurements_2026 USING btree (value);


--
-- Name: measurements_2025_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_pkey ATTACH PARTITION public.measurements_2025_pkey;


--
-- Name: measurements_2026_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_pkey ATTACH PARTITION public.measurements_2026_pkey;


--
-- Name: measurements_2027_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurements_pkey ATTACH PARTITION public.measurements_2027_pkey;


--
-- Name: measurements measurements_sensor_fk; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE public.measurements
    ADD CONSTRAINT measurements_sensor_fk FOREIGN KEY (sensor_id) REFERENCES public.sensors(id);


--
-- PostgreSQL database dump complete
--

\unrestrict RigRRmSTQEbXDvnscZ8gAqtWeKEyEBvffd8S5ztTkNgN90maqf0GW8KinjSrtiX

