-- Tests: real pg_dump 15.18 output (-s -O -x) of a table partitioned by range and again by hash below each partition, with the key and indexes attached level by level (ALTER TABLE ONLY … ATTACH PARTITION, ALTER INDEX … ATTACH PARTITION); after adds a year with its hash partitions, its own partial index and a comment, and drops a leaf's own partial index
--
-- PostgreSQL database dump
--

\restrict 5qJs71zhJgf9RSZMqHPmLvxoOFdIIiwp3sNTo9FdpWBxp1Ee2YbKSFegtn6jA4c

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
-- Name: metrics; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA metrics;


SET default_tablespace = '';

--
-- Name: samples; Type: TABLE; Schema: metrics; Owner: -
--

CREATE TABLE metrics.samples (
    device integer NOT NULL,
    taken timestamp with time zone NOT NULL,
    reading double precision
)
PARTITION BY RANGE (taken);


--
-- Name: samples_2024; Type: TABLE; Schema: metrics; Owner: -
--

CREATE TABLE metrics.samples_2024 (
    device integer NOT NULL,
    taken timestamp with time zone NOT NULL,
    reading double precision
)
PARTITION BY HASH (device);


SET default_table_access_method = heap;

--
-- Name: samples_2024_h0; Type: TABLE; Schema: metrics; Owner: -
--

CREATE TABLE metrics.samples_2024_h0 (
    device integer NOT NULL,
    taken timestamp with time zone NOT NULL,
    reading double precision
);


--
-- Name: samples_2024_h1; Type: TABLE; Schema: metrics; Owner: -
--

CREATE TABLE metrics.samples_2024_h1 (
    device integer NOT NULL,
    taken timestamp with time zone NOT NULL,
    reading double precision
);


--
-- Name: samples_2024; Type: TABLE ATTACH; Schema: metrics; Owner: -
--

ALTER TABLE ONLY metrics.samples ATTACH PARTITION metrics.samples_2024 FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');


--
-- Name: samples_2024_h0; Type: TABLE ATTACH; Schema: metrics; Owner: -
--

ALTER TABLE ONLY metrics.samples_2024 ATTACH PARTITION metrics.samples_2024_h0 FOR VALUES WITH (modulus 2, remainder 0);


--
-- Name: samples_2024_h1; Type: TABLE ATTACH; Schema: metrics; Owner: -
--

ALTER TABLE ONLY metrics.samples_2024 ATTACH PARTITION metrics.samples_2024_h1 FOR VALUES WITH (modulus 2, remainder 1);


--
-- Name: samples samples_pkey; Type: CONSTRAINT; Schema: metrics; Owner: -
--

ALTER TABLE ONLY metrics.samples
    ADD CONSTRAINT samples_pkey PRIMARY KEY (device, taken);


--
-- Name: samples_2024 samples_2024_pkey; Type: CONSTRAINT; Schema: metrics; Owner: -
--

ALTER TABLE ONLY metrics.samples_2024
    ADD CONSTRAINT samples_2024_pkey PRIMARY KEY (device, taken);


--
-- Name: samples_2024_h0 samples_2024_h0_pkey; Type: CONSTRAINT; Schema: metrics; Owner: -
--

ALTER TABLE ONLY metrics.samples_2024_h0
    ADD CONSTRAINT samples_2024_h0_pkey PRIMARY KEY (device, taken);


--
-- Name: samples_2024_h1 samples_2024_h1_pkey; Type: CONSTRAINT; Schema: metrics; Owner: -
--

ALTER TABLE ONLY metrics.samples_2024_h1
    ADD CONSTRAINT samples_2024_h1_pkey PRIMARY KEY (device, taken);


--
-- Name: samples_2024_h0_device; Type: INDEX; Schema: metrics; Owner: -
--

CREATE INDEX samples_2024_h0_device ON metrics.samples_2024_h0 USING btree (device) WHERE (reading IS NULL);


--
-- Name: samples_reading; Type: INDEX; Schema: metrics; Owner: -
--

CREATE INDEX samples_reading ON ONLY metrics.samples USING btree (reading);


--
-- Name: samples_2024_reading_idx; Type: INDEX; Schema: metrics; Owner: -
--

CREATE INDEX samples_2024_reading_idx ON ONLY metrics.samples_2024 USING btree (reading);


--
-- Name: samples_2024_h0_reading_idx; Type: INDEX; Schema: metrics; Owner: -
--

CREATE INDEX samples_2024_h0_reading_idx ON metrics.samples_2024_h0 USING btree (reading);


--
-- Name: samples_2024_h1_reading_idx; Type: INDEX; Schema: metrics; Owner: -
--

CREATE INDEX samples_2024_h1_reading_idx ON metrics.samples_2024_h1 USING btree (reading);


--
-- Name: samples_2024_h0_pkey; Type: INDEX ATTACH; Schema: metrics; Owner: -
--

ALTER INDEX metrics.samples_2024_pkey ATTACH PARTITION metrics.samples_2024_h0_pkey;


--
-- Name: samples_2024_h0_reading_idx; Type: INDEX ATTACH; Schema: metrics; Owner: -
--

ALTER INDEX metrics.samples_2024_reading_idx ATTACH PARTITION metrics.samples_2024_h0_reading_idx;


--
-- Name: samples_2024_h1_pkey; Type: INDEX ATTACH; Schema: metrics; Owner: -
--

ALTER INDEX metrics.samples_2024_pkey ATTACH PARTITION metrics.samples_2024_h1_pkey;


--
-- Name: samples_2024_h1_reading_idx; Type: INDEX ATTACH; Schema: metrics; Owner: -
--

ALTER INDEX metrics.samples_2024_reading_idx ATTACH PARTITION metrics.samples_2024_h1_reading_idx;


--
-- Name: samples_2024_pkey; Type: INDEX ATTACH; Schema: metrics; Owner: -
--

ALTER INDEX metrics.samples_pkey ATTACH PARTITION metrics.samples_2024_pkey;


--
-- Name: samples_2024_reading_idx; Type: INDEX ATTACH; Schema: metrics; Owner: -
--

ALTER INDEX metrics.samples_reading ATTACH PARTITION metrics.samples_2024_reading_idx;


--
-- PostgreSQL database dump complete
--

\unrestrict 5qJs71zhJgf9RSZMqHPmLvxoOFdIIiwp3sNTo9FdpWBxp1Ee2YbKSFegtn6jA4c

