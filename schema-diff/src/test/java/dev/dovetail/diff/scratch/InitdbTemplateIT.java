package dev.dovetail.diff.scratch;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server's data directory copied from a kept {@code initdb} result instead of made anew. */
class InitdbTemplateIT {

  @Test
  void aServerStartsFromTheCopyWithoutInitdb(@TempDir Path temp) throws Exception {
    InitdbTemplate template = new InitdbTemplate(temp.resolve("template"));
    // what a run killed while keeping its template left behind (no process has this id)
    Path stale = Files.createDirectories(temp.resolve("template.tmp-999999999/data"));
    Path first = Files.createDirectories(temp.resolve("first"));
    assertThat(template.copyInto(first)).as("no template yet").isFalse();
    try (EmbeddedPostgres server = start(first, template)) {
      assertThat(select(server)).isEqualTo(1);
    }
    assertThat(temp.resolve("template/data/PG_VERSION")).exists();
    assertThat(temp.resolve("template/data/epg-lock")).as("the first server's lock file is not kept").doesNotExist();
    assertThat(stale.getParent()).as("a dead run's staging folder is removed").doesNotExist();

    Path second = Files.createDirectories(temp.resolve("second"));
    assertThat(template.copyInto(second)).isTrue();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(second))).isEqualTo("rwx------");
    long before = Files.getLastModifiedTime(second.resolve("PG_VERSION")).toMillis();
    try (EmbeddedPostgres server = start(second, template)) {
      assertThat(select(server)).isEqualTo(1);
    }
    assertThat(Files.getLastModifiedTime(second.resolve("PG_VERSION")).toMillis()).as("initdb did not run again").isEqualTo(before);
  }

  @Test
  void aTemplateOthersMayChangeIsNotUsed(@TempDir Path temp) throws Exception {
    InitdbTemplate template = new InitdbTemplate(temp.resolve("template"));
    Files.createDirectories(temp.resolve("template/data"));
    Files.writeString(temp.resolve("template/data/PG_VERSION"), "18\n");
    Files.setPosixFilePermissions(temp.resolve("template"), PosixFilePermissions.fromString("rwxrwxrwx"));
    assertThat(template.copyInto(Files.createDirectories(temp.resolve("data")))).isFalse();
    assertThat(temp.resolve("data/PG_VERSION")).doesNotExist();

    Files.setPosixFilePermissions(temp.resolve("template"), PosixFilePermissions.fromString("rwx------"));
    Files.delete(temp.resolve("template/data/PG_VERSION"));
    assertThat(template.copyInto(temp.resolve("data"))).as("a template without PG_VERSION is not one").isFalse();
  }

  /** Starts a server on {@code data} as the provider does: initdb only where there is no cluster, then kept. */
  private static EmbeddedPostgres start(Path data, InitdbTemplate template) throws Exception {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setDataDirectoryCustomizer(template::save)
        .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
        .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static int select(EmbeddedPostgres server) throws Exception {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        ResultSet rs = connection.createStatement().executeQuery("SELECT 1")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
