package dev.dovetail.diff.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeChangeTest {

  @ParameterizedTest(name = "{0} -> {1}: via ''{2}''")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      textBlock = """
          public.status_v1     | public."Status V2"   | text
          public.status_v1[]   | app.status[]         | text
          "My.Schema".e1       | public.e2            | text
          public.status_v1     | text                 | ''
          text                 | public.status_v1     | ''
          integer              | bigint               | ''
          character varying(5) | "char"               | ''
          public.e1            | public.e1            | ''
          """)
  void twoTypesOfTheSchemasOwnConvertThroughText(String from, String to, String via) {
    assertThat(TypeChange.via(from, to)).isEqualTo(via);
  }
}
