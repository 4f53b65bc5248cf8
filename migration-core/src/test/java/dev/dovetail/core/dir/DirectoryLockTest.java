package dev.dovetail.core.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryLockTest {

  @TempDir Path project;

  @Test
  void aSecondWriterWaitsAndThenStopsWithAClearMessage() throws Exception {
    Path migrations = project.resolve("migration");
    try (DirectoryLock held = DirectoryLock.acquire("diff", Duration.ofSeconds(1), migrations, project.resolve("contract"))) {
      // another thread of the same JVM: the same lock as another process would meet, through the JVM's own lock first
      CompletableFuture<Object> second = CompletableFuture.supplyAsync(
          () -> DirectoryLock.acquire("promote", Duration.ofMillis(300), project.resolve("contract")));
      assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(MigrationException.class)
          .cause()
          .hasMessageContaining("another Dovetail run is writing " + project.resolve("contract"))
          .hasMessageContaining("so promote waited for it and then stopped before reading or writing anything")
          .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.DIRECTORY_LOCKED));
    }
    CompletableFuture<DirectoryLock> after = CompletableFuture.supplyAsync(
        () -> DirectoryLock.acquire("promote", Duration.ofSeconds(5), project.resolve("contract"), migrations));
    after.get(10, TimeUnit.SECONDS).close();
  }

  @Test
  void aWriterWaitingForAnotherGoesOnWhenItFinishes() throws Exception {
    Path migrations = project.resolve("migration");
    DirectoryLock first = DirectoryLock.acquire("diff", Duration.ofSeconds(1), migrations);
    java.util.List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
    CompletableFuture<DirectoryLock> second =
        CompletableFuture.supplyAsync(() -> DirectoryLock.acquire("diff", Duration.ofSeconds(30), told::add, migrations));
    Thread.sleep(300);
    assertThat(second).isNotDone();
    assertThat(told).as("the waiting run says what it waits for, once").singleElement().asString()
        .contains(migrations.toString()).contains("diff waits for it, up to 30 s");
    first.close();
    second.get(10, TimeUnit.SECONDS).close();
  }
}
