package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.diff.compare.SchemaDiffer;
import dev.dovetail.diff.source.SqlScript;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Changes PostgreSQL has no statement for are refused before anything is planned, with a message that names
 * the object and says how to do it by hand, rather than failing later in the proof.
 */
class UnsupportedChangeIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          domain base type | CREATE DOMAIN code AS varchar(5); | CREATE DOMAIN code AS int; | domain public.code
          composite attributes reordered while used | CREATE TYPE pair AS (a int, b text); CREATE TABLE t (p pair); | CREATE TYPE pair AS (b text, a int); CREATE TABLE t (p pair); | column public.t.p
          composite attribute retyped while used | CREATE TYPE pair AS (a int, b text); CREATE TABLE t (p pair[]); | CREATE TYPE pair AS (a bigint, b text); CREATE TABLE t (p pair[]); | column public.t.p
          collation redefined | CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false); | CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level1', deterministic = false); | collation public.nocase
          range type redefined | CREATE TYPE span AS RANGE (subtype = int4); CREATE TABLE t (s span); | CREATE TYPE span AS RANGE (subtype = int8); CREATE TABLE t (s span); | range type public.span changes its definition (subtype integer, multirange public.span_multirange to subtype bigint
          partition key changed | CREATE TABLE m (a int, b int) PARTITION BY RANGE (a); | CREATE TABLE m (a int, b int) PARTITION BY RANGE (b); | PARTITION BY RANGE (a) to PARTITION BY RANGE (b)
          extension downgraded | CREATE EXTENSION pg_trgm VERSION '1.6'; | CREATE EXTENSION pg_trgm VERSION '1.3'; | extension pg_trgm has no update path from version 1.6 to 1.3
          table becomes partitioned | CREATE TABLE m (a int); | CREATE TABLE m (a int) PARTITION BY LIST (a); | not partitioned to PARTITION BY LIST (a)
          table stops being partitioned | CREATE TABLE m (a int) PARTITION BY HASH (a); CREATE TABLE m0 PARTITION OF m FOR VALUES WITH (MODULUS 1, REMAINDER 0); | CREATE TABLE m (a int); | PARTITION BY HASH (a) to not partitioned
          partition becomes partitioned | CREATE TABLE m (a int, b int) PARTITION BY LIST (a); CREATE TABLE m1 PARTITION OF m FOR VALUES IN (1); | CREATE TABLE m (a int, b int) PARTITION BY LIST (a); CREATE TABLE m1 PARTITION OF m FOR VALUES IN (1) PARTITION BY RANGE (b); | partition public.m1 changes how it is partitioned (not partitioned to PARTITION BY RANGE (b))
          sub-partition key changed | CREATE TABLE m (a int, b int) PARTITION BY LIST (a); CREATE TABLE m1 PARTITION OF m FOR VALUES IN (1) PARTITION BY HASH (b); | CREATE TABLE m (a int, b int) PARTITION BY LIST (a); CREATE TABLE m1 PARTITION OF m FOR VALUES IN (1) PARTITION BY LIST (b); | partition public.m1 changes how it is partitioned (PARTITION BY HASH (b) to PARTITION BY LIST (b))
          """)
  void isRefusedWithAMessageNamingTheObject(String change, String before, String after, String named) throws Exception {
    DatabaseSchema current = RoundTrip.modelOf(new SqlScript("before.sql", before));
    DatabaseSchema declared = RoundTrip.modelOf(new SqlScript("after.sql", after));

    assertThatThrownBy(() -> new SchemaDiffer().diff(current, declared))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining(named)
        .extracting(e -> ((MigrationException) e).code())
        .isEqualTo(ErrorCode.UNSUPPORTED_CHANGE);
  }
}
