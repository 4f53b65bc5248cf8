package dev.dovetail.diff.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlywayLockSettingTest {

  @TempDir Path project;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      pom.xml                                      | <project><properties>\\n  <flyway.postgresql.transactional.lock>false</flyway.postgresql.transactional.lock>\\n</properties></project>
      flyway.conf                                  | flyway.url=jdbc:postgresql://db/app\\nflyway.postgresql.transactional.lock=false\\n
      conf/flyway.conf                             | flyway.postgresql.transactional.lock = false\\n
      flyway.toml                                  | [flyway]\\nlocations = ["filesystem:sql"]\\n\\n[flyway.postgresql.transactional]\\nlock = false\\n
      conf/flyway.toml                             | [flyway.postgresql]\\ntransactional.lock = false\\n
      src/main/resources/application.properties    | spring.flyway.postgresql.transactional-lock=false\\n
      src/main/resources/application-prod.properties | spring.flyway.postgresql.transactionalLock = false\\n
      src/main/resources/application.yml           | spring:\\n  flyway:\\n    postgresql:\\n      transactional-lock: false\\n
      """)
  void findsTheSettingTurnedOffWhereFlywayMavenAndSpringBootReadIt(String file, String content) throws IOException {
    Path path = project.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content.replace("\\n", "\n"));

    FlywayLockSetting setting = FlywayLockSetting.of(project, Map.of());

    assertThat(setting.disabled()).isTrue();
    assertThat(setting.disabledIn()).contains(file);
  }

  @Test
  void aSettingLeftOnOrMentionedElsewhereDoesNotCountAndTheWarningSaysWhereItLooked() throws IOException {
    Files.writeString(project.resolve("flyway.conf"), "flyway.postgresql.transactional.lock=true\n# flyway.postgresql.transactional.lock=false\n");
    Files.createDirectories(project.resolve("src/main/resources"));
    Files.writeString(project.resolve("src/main/resources/application.properties"), "spring.flyway.enabled=false\n");
    Files.writeString(project.resolve("flyway.toml"), "[flyway.postgresql.transactional]\nlock = true\n[other]\nlock = false\n");

    FlywayLockSetting setting = FlywayLockSetting.of(project, Map.of(FlywayLockSetting.ENVIRONMENT_VARIABLE, "true"));

    assertThat(setting.disabled()).isFalse();
    assertThat(setting.warning(java.util.List.of("V1__create_index_a.sql")))
        .startsWith("V1__create_index_a.sql builds an index concurrently. Flyway 10 and later deploy that only with"
            + " postgresql.transactional.lock=false")
        .contains("FLYWAY_POSTGRESQL_TRANSACTIONAL_LOCK, pom.xml, flyway.conf, flyway.toml, conf/flyway.conf, conf/flyway.toml,"
            + " src/main/resources/application.properties)")
        .contains("spring.flyway.postgresql.transactional-lock=false");
  }

  @Test
  void theEnvironmentVariableCountsAsFlywayReadsIt() {
    assertThat(FlywayLockSetting.of(project, Map.of(FlywayLockSetting.ENVIRONMENT_VARIABLE, "FALSE")).disabledIn())
        .contains("FLYWAY_POSTGRESQL_TRANSACTIONAL_LOCK=false");
  }

  @Test
  void concurrentIndexBuildsWaitForOlderTransactionsOtherStatementsDoNot() {
    assertThat(FlywayLockSetting.waitsForOlderTransactions("SET lock_timeout = '5s';\n\nCREATE INDEX CONCURRENTLY a_idx ON public.a USING btree (b);\n")).isTrue();
    assertThat(FlywayLockSetting.waitsForOlderTransactions("create unique index concurrently a_key on a (b);")).isTrue();
    assertThat(FlywayLockSetting.waitsForOlderTransactions("REINDEX INDEX CONCURRENTLY a_idx;")).isTrue();
    assertThat(FlywayLockSetting.waitsForOlderTransactions("DROP INDEX CONCURRENTLY IF EXISTS public.a_idx;")).isFalse();
    assertThat(FlywayLockSetting.waitsForOlderTransactions("-- CREATE INDEX CONCURRENTLY in a comment\nSELECT 1;")).isFalse();
  }
}
