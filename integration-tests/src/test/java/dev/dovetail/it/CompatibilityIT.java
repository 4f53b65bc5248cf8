package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.write.MigrationFile;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.source.SqlScript;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The compatibility proof of the rename and type-change recipes: once the expand and data files have run, SQL
 * written for the old schema and SQL written for the new schema both work, and what is written through one name
 * reads back through the other; after the contract files, every row written in between is there under the new
 * name. The files are the ones the recipe book shows ({@code recipes/14…}, {@code 15…}, {@code 13…}), run as Flyway
 * runs them.
 */
class CompatibilityIT {

  @Test
  void renamedTableWorksUnderBothNamesUntilTheContract() throws Exception {
    try (Migrated db = new Migrated("15-rename-table")) {
      db.execute("INSERT INTO users (email) VALUES ('before@example.com')");
      db.expandAndData();

      // The old application: its name is a view now, and writes through it reach the table.
      long oldId = db.queryLong("INSERT INTO users (email) VALUES ('old@example.com') RETURNING id");
      db.execute("UPDATE users SET email = 'old2@example.com' WHERE id = " + oldId);
      // The new application.
      long newId = db.queryLong("INSERT INTO accounts (email) VALUES ('new@example.com') RETURNING id");
      db.execute("UPDATE accounts SET email = 'new2@example.com' WHERE id = " + newId);

      assertThat(db.queryString("SELECT email FROM accounts WHERE id = " + oldId)).isEqualTo("old2@example.com");
      assertThat(db.queryString("SELECT email FROM users WHERE id = " + newId)).isEqualTo("new2@example.com");
      assertThat(db.queryLong("SELECT count(*) FROM users")).isEqualTo(3);
      db.execute("DELETE FROM users WHERE id = " + newId);
      assertThat(db.queryLong("SELECT count(*) FROM accounts")).isEqualTo(2);

      db.contract();
      assertThat(db.queryLong("SELECT count(*) FROM accounts")).isEqualTo(2);
      assertThat(db.fails("SELECT * FROM users")).as("the old name is gone after the contract").isTrue();
    }
  }

  @Test
  void renamedColumnWorksUnderBothNamesUntilTheContract() throws Exception {
    try (Migrated db = new Migrated("14-rename-column")) {
      db.execute("INSERT INTO customers (id, email) SELECT g, 'c' || g || '@example.com' FROM generate_series(1, 25000) g");
      db.expandAndData();

      assertThat(db.queryLong("SELECT count(*) FROM customers WHERE email_address IS DISTINCT FROM email"))
          .as("the backfill copied every existing row").isZero();
      // The old application writes the old name; the new one the new name.
      db.execute("INSERT INTO customers (id, email) VALUES (100001, 'old@example.com')");
      db.execute("INSERT INTO customers (id, email_address) VALUES (100002, 'new@example.com')");
      assertThat(db.queryString("SELECT email_address FROM customers WHERE id = 100001")).isEqualTo("old@example.com");
      assertThat(db.queryString("SELECT email FROM customers WHERE id = 100002")).isEqualTo("new@example.com");
      db.execute("UPDATE customers SET email = 'old2@example.com' WHERE id = 100002");
      assertThat(db.queryString("SELECT email_address FROM customers WHERE id = 100002")).isEqualTo("old2@example.com");
      db.execute("UPDATE customers SET email_address = 'new2@example.com' WHERE id = 100001");
      assertThat(db.queryString("SELECT email FROM customers WHERE id = 100001")).isEqualTo("new2@example.com");

      db.contract();
      assertThat(db.queryString("SELECT email_address FROM customers WHERE id = 100001")).isEqualTo("new2@example.com");
      assertThat(db.queryString("SELECT email_address FROM customers WHERE id = 100002")).isEqualTo("old2@example.com");
      assertThat(db.queryLong("SELECT count(*) FROM customers WHERE email_address = 'c7@example.com'")).isEqualTo(1);
      assertThat(db.fails("SELECT email FROM customers")).as("the old column is gone after the contract").isTrue();
    }
  }

  @Test
  void retypedColumnKeepsEveryWriteThroughTheSwap() throws Exception {
    try (Migrated db = new Migrated("13-change-type-rewriting")) {
      db.execute("INSERT INTO events (id, counter) SELECT g, g FROM generate_series(1, 25000) g");
      db.expandAndData();

      // Old and new application both write the column by its name; the new type only shows after the swap.
      db.execute("INSERT INTO events (id, counter) VALUES (100001, 7)");
      db.execute("INSERT INTO events (id) VALUES (100002)");
      db.execute("UPDATE events SET counter = counter + 1 WHERE id = 42");
      assertThat(db.queryLong("SELECT count(*) FROM events WHERE counter_dovetail_new IS DISTINCT FROM counter"))
          .as("the shadow column follows every write").isZero();

      db.contract();
      assertThat(db.queryString("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'events'::regclass AND attname = 'counter'"))
          .isEqualTo("bigint");
      assertThat(db.queryLong("SELECT counter FROM events WHERE id = 42")).isEqualTo(43);
      assertThat(db.queryLong("SELECT counter FROM events WHERE id = 100001")).isEqualTo(7);
      assertThat(db.queryLong("SELECT counter FROM events WHERE id = 100002")).isZero();
      assertThat(db.queryLong("SELECT count(*) FROM events")).isEqualTo(25002);
      db.execute("INSERT INTO events (id, counter) VALUES (100003, 5000000000)");
    }
  }

  /** A scratch database holding a recipe's {@code before}, with its files ready to run. */
  private static final class Migrated implements AutoCloseable {

    private final ScratchDatabase database;
    private final Connection connection;
    private final List<MigrationFile> files;
    private final Set<String> nonTransactional = new HashSet<>();

    Migrated(String recipe) throws Exception {
      RecipeBookIT.Recipe r =
          RecipeBookIT.recipes().stream().filter(c -> c.name().equals(recipe)).findFirst().orElseThrow();
      files = RecipeBookIT.files(r);
      files.stream().filter(f -> f.fileName().endsWith(".conf")).forEach(f -> nonTransactional.add(f.fileName().replaceFirst("\\.conf$", "")));
      database = EmbeddedScratchProvider.shared().create();
      connection = database.connect(SqlScript.driverOptions());
      connection.setAutoCommit(true);
      r.before().execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
    }

    void expandAndData() {
      run(false);
    }

    void contract() {
      run(true);
    }

    private void run(boolean contract) {
      for (MigrationFile file : files) {
        boolean up = file.fileName().replaceFirst("^contract\\.", "").startsWith("V") && file.fileName().endsWith(".sql");
        if (up && file.fileName().startsWith("contract.") == contract) {
          RoundTrip.run(connection, file, nonTransactional);
        }
      }
    }

    void execute(String sql) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      }
    }

    boolean fails(String sql) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
        return false;
      } catch (SQLException e) {
        return true;
      }
    }

    long queryLong(String sql) throws SQLException {
      try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    }

    String queryString(String sql) throws SQLException {
      try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
        rs.next();
        return rs.getString(1);
      }
    }

    @Override
    public void close() throws Exception {
      connection.close();
      database.close();
    }
  }
}
