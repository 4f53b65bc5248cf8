package dev.dovetail.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaAdopterOptionsTest {

  private static final DiffOptions SOURCE = DiffOptions.of(Path.of("schema"), Path.of("migration"));

  @Test
  void layoutsAreNamedInAnyCaseAndAnUnknownOneIsAConfigurationError() {
    assertThat(SchemaLayout.parse("schema")).isEqualTo(SchemaLayout.SCHEMA);
    assertThat(SchemaLayout.parse(" OBJECT ")).isEqualTo(SchemaLayout.OBJECT);
    assertThatThrownBy(() -> SchemaLayout.parse("table"))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("layout 'table' is not a schema layout; use schema")
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.CONFIGURATION_INVALID));
  }

  @Test
  void aBaselineVersionIsAFlywayVersionOrNone() {
    assertThat(new SchemaAdopter.Options(SOURCE, null, " 1.0 ").baselineVersion()).isEqualTo("1.0");
    assertThat(new SchemaAdopter.Options(SOURCE, null, "").baselineVersion()).isNull();
    assertThat(new SchemaAdopter.Options(SOURCE, null).layout()).isEqualTo(SchemaLayout.SCHEMA);
    assertThatThrownBy(() -> new SchemaAdopter.Options(SOURCE, SchemaLayout.SCHEMA, "v1"))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("baselineVersion 'v1' is not a Flyway version");
  }
}
