package dev.dovetail.it.online;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.diff.introspect.CatalogReader;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.source.SqlScript;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A scratch database built and filled once, then copied for each proof: {@code CREATE DATABASE … TEMPLATE …
 * STRATEGY FILE_COPY} copies its files, which takes a fraction of the time filling a million rows again would.
 * A copy is made under the name of a fresh scratch database, so that the provider's own {@link ScratchDatabase}
 * connects to it and drops it.
 */
public final class TemplateDatabase implements AutoCloseable {

  private final EmbeddedScratchProvider scratch;
  private final ScratchDatabase template;
  private final DatabaseSchema model;
  private final Map<String, Long> rows;

  private TemplateDatabase(EmbeddedScratchProvider scratch, ScratchDatabase template, DatabaseSchema model, Map<String, Long> rows) {
    this.scratch = scratch;
    this.template = template;
    this.model = model;
    this.rows = rows;
  }

  /**
   * Creates the schema, fills it and vacuums it, as a long-lived database would be.
   *
   * @param schema the DDL of the current state
   * @param fills the statements that fill it, in scripts that touch different tables: they run at once, each on a
   *     session of its own
   */
  public static TemplateDatabase create(EmbeddedScratchProvider server, SqlScript schema, List<SqlScript> fills) throws SQLException {
    // as the server's user: copies are made with CREATE DATABASE … TEMPLATE, which a sandbox may not run
    EmbeddedScratchProvider scratch = server.withoutSandbox();
    ScratchDatabase template = scratch.create();
    try (Connection connection = template.connect(SqlScript.driverOptions())) {
      connection.setAutoCommit(true);
      schema.execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
      List<CompletableFuture<Void>> filling = fills.stream().map(fill -> CompletableFuture.runAsync(() -> {
        try (Connection session = template.connect(SqlScript.driverOptions())) {
          fill.executeEachStatement(session, ErrorCode.PROOF_FAILED);
        } catch (SQLException e) {
          throw new IllegalStateException(fill.displayName() + ": " + e.getMessage(), e);
        }
      })).toList();
      CompletableFuture.allOf(filling.toArray(CompletableFuture[]::new)).join();
      try (Statement statement = connection.createStatement()) {
        statement.execute("VACUUM ANALYZE");
      }
      DatabaseSchema model = new CatalogReader().read(connection);
      Map<String, Long> rows = new HashMap<>();
      for (var table : model.tables()) {
        rows.put(table.name().name(), count(connection, table.name().toString()));
      }
      return new TemplateDatabase(scratch, template, model, rows);
    } catch (SQLException | RuntimeException e) {
      template.close();
      throw e;
    }
  }

  /** @return the model of the template, the current state migrations start from */
  public DatabaseSchema model() {
    return model;
  }

  /** @return how many rows the table of that name held when the template was made */
  public long rows(String table) {
    Long count = rows.get(table);
    if (count == null) {
      throw new IllegalArgumentException("the template has no table " + table);
    }
    return count;
  }

  /** @return a new database with the template's schema and rows; closing it drops it */
  public ScratchDatabase copy() {
    ScratchDatabase copy = scratch.create();
    try (Connection connection = template.connect();
        Statement statement = connection.createStatement()) {
      // The copy takes the name of a scratch database the provider made, so that the provider's handle drops it.
      statement.execute("DROP DATABASE " + copy.name());
      statement.execute("CREATE DATABASE " + copy.name() + " TEMPLATE " + template.name() + " STRATEGY FILE_COPY");
      return copy;
    } catch (SQLException | RuntimeException e) {
      copy.close();
      throw new IllegalStateException("copying template database " + template.name() + ": " + e.getMessage(), e);
    }
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
      result.next();
      return result.getLong(1);
    }
  }

  @Override
  public void close() {
    template.close();
  }
}
