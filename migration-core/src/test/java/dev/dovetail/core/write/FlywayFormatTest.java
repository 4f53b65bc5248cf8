package dev.dovetail.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;

import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.plan.Hazard;
import dev.dovetail.core.plan.HazardType;
import dev.dovetail.core.plan.Lock;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Phase;
import dev.dovetail.core.plan.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden files: on a mismatch the actual output lands in {@code target/golden-actual/} for review. */
class FlywayFormatTest {

  @Test
  void laysOutHeaderAndStatementsOfBothFiles() throws IOException {
    Migration migration = createIndex();
    List<MigrationFile> files = new FlywayFormat().render(new MigrationPlan(List.of(migration)), List.of("20260101000000"));

    assertThat(files).extracting(MigrationFile::fileName)
        .containsExactly("V20260101000000__create_index_orders_customer_id.sql", "U20260101000000__create_index_orders_customer_id.sql");
    assertGolden("create_index_up.sql", files.get(0).content());
    assertGolden("create_index_down.sql", files.get(1).content());
  }

  @Test
  void everyFileSetsTheLockTimeoutItIsGiven() {
    Migration migration = createIndex();

    List<MigrationFile> files = new FlywayFormat("750ms").render(new MigrationPlan(List.of(migration)), List.of("1"));

    assertThat(files).allSatisfy(f -> assertThat(f.content()).contains("\nSET LOCAL lock_timeout = '750ms';\n"));
  }

  @Test
  void aLineBreakInAnIdentifierStaysInsideTheHeaderComment() {
    String hostile = "\"x\nDROP TABLE public.users; --\"";
    Index index = new Index(hostile, QualifiedName.of("public", "orders"), false, "btree", List.of("customer_id"), List.of(), null,
        "CREATE INDEX " + hostile + " ON public.orders USING btree (customer_id)", null);
    Migration migration = new Migration("create_index_orders_x", "Creates index " + hostile + " on public.orders.", Phase.EXPAND,
        new CreateIndex(index),
        List.of(Statement.of(index.definition(), Lock.on(Lock.Mode.SHARE, new QualifiedName("public", "orders\r\nDROP TABLE a;")), new Hazard(HazardType.BLOCKS_WRITES, "blocks\rDROP TABLE b;"))),
        List.of(Statement.of("DROP INDEX public." + hostile, Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, new QualifiedName("public", "orders")))));

    String up = new FlywayFormat().render(new MigrationPlan(List.of(migration)), List.of("1")).get(0).content();

    String header = up.substring(0, up.indexOf("\n\n"));
    assertThat(header.lines()).as("every header line is a comment").allMatch(line -> line.startsWith("--"));
    assertThat(header).contains("-- Creates index \"x\n--   DROP TABLE public.users; --\" on public.orders.");
    assertThat(up.lines().filter(line -> line.startsWith("DROP TABLE"))).as("no statement but the index's own").containsExactly("DROP TABLE public.users; --\" ON public.orders USING btree (customer_id);");
  }

  @Test
  void acceptsEveryDurationPostgresReadsAndNamesTheUnitsOfOneItDoesNot() {
    for (String duration : List.of("5s", "500ms", "1min", "1h", "2d", "250us", "0", "1.5s", "5 s", " 10min ")) {
      assertThat(new FlywayFormat(duration)).as(duration).isNotNull();
    }
    assertThatThrownBy(() -> new FlywayFormat("1 hour"))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("'1 hour' is 1h");
    assertThatThrownBy(() -> new FlywayFormat("5s'; DROP TABLE t; --")).isInstanceOf(MigrationException.class);
  }

  @Test
  void refusesALockTimeoutPostgresCannotRead() {
    assertThatThrownBy(() -> new FlywayFormat("5 seconds"))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("lockTimeout '5 seconds' is not a PostgreSQL duration")
        .extracting(e -> ((MigrationException) e).code())
        .isEqualTo(ErrorCode.CONFIGURATION_INVALID);
  }

  private static Migration createIndex() {
    Index index =
        new Index("orders_customer_id_idx", QualifiedName.of("public", "orders"), false, "btree", List.of("customer_id"), List.of(), null,
            "CREATE INDEX orders_customer_id_idx ON public.orders USING btree (customer_id)", null);
    return new Migration(
        "create_index_orders_customer_id",
        "Creates index orders_customer_id_idx on public.orders.",
        Phase.EXPAND,
        new CreateIndex(index),
        List.of(Statement.of(index.definition(), Lock.on(Lock.Mode.SHARE, new QualifiedName("public", "orders")), new Hazard(HazardType.BLOCKS_WRITES, "blocks writes"))),
        List.of(Statement.of("DROP INDEX public.orders_customer_id_idx", Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, new QualifiedName("public", "orders")))));
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path golden = Path.of("src/test/resources/golden", name);
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      Path out = Path.of("target/golden-actual", name);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("golden " + golden + " (actual written to target/golden-actual/" + name + ")").isEqualTo(expected);
  }
}
