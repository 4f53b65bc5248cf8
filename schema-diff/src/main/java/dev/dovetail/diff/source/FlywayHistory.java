package dev.dovetail.diff.source;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.dir.MigrationScript;
import dev.dovetail.core.dir.MigrationVersion;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.diff.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Flyway's schema history table ({@code flyway_schema_history}) of a live database says was applied. The table
 * is Flyway's, not the application's: it is never compared or migrated.
 *
 * @param table where the history table is
 * @param applied the versions applied successfully and not undone, in the order they were applied
 * @param baseline the version of a {@code BASELINE} row, if any: every migration up to it counts as applied
 */
public record FlywayHistory(QualifiedName table, List<MigrationVersion> applied, Optional<MigrationVersion> baseline) {

  /** Flyway's default name for its history table. */
  public static final String TABLE = "flyway_schema_history";

  public FlywayHistory {
    applied = List.copyOf(applied);
  }

  /**
   * @return the history of the database, if it has a history table: the one in the first schema of the search path,
   *     else the only one
   */
  public static Optional<FlywayHistory> read(Connection connection) {
    try {
      QualifiedName table = null;
      try (PreparedStatement find = connection.prepareStatement(
          "SELECT n.nspname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
              + " WHERE c.relname = ? AND c.relkind IN ('r', 'p') ORDER BY n.nspname = current_schema() DESC, n.nspname")) {
        find.setString(1, TABLE);
        try (ResultSet rows = find.executeQuery()) {
          if (rows.next()) {
            table = new QualifiedName(rows.getString(1), TABLE);
          }
        }
      }
      if (table == null) {
        return Optional.empty();
      }
      Set<MigrationVersion> applied = new LinkedHashSet<>();
      MigrationVersion baseline = null;
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(
              "SELECT version, type FROM " + Sql.qualified(table) + " WHERE success AND version IS NOT NULL ORDER BY installed_rank")) {
        while (rows.next()) {
          MigrationVersion version = new MigrationVersion(rows.getString(1));
          switch (rows.getString(2)) {
            case "BASELINE" -> baseline = version;
            case "UNDO_SQL", "UNDO_JDBC", "UNDO_SCRIPT" -> applied.remove(version);
            case "DELETE" -> applied.remove(version);
            default -> applied.add(version);
          }
        }
      }
      return Optional.of(new FlywayHistory(table, new ArrayList<>(applied), Optional.ofNullable(baseline)));
    } catch (SQLException e) {
      throw new MigrationException(ErrorCode.INTROSPECTION_FAILED, "reading Flyway's history table: " + e.getMessage(), e);
    }
  }

  /** @return whether the history says {@code script} was applied (or lies under the baseline) */
  public boolean applied(MigrationScript script) {
    return applied.contains(script.version()) || baseline.filter(b -> script.version().compareTo(b) <= 0).isPresent();
  }

  /** @return the versions the history records as applied that none of {@code scripts} has */
  public List<MigrationVersion> unknown(List<MigrationScript> scripts) {
    Set<MigrationVersion> known = new LinkedHashSet<>();
    scripts.forEach(s -> known.add(s.version()));
    return applied.stream().filter(v -> !known.contains(v)).toList();
  }

  /** @return {@code schema} without Flyway's history table, in whichever schema it is */
  public static DatabaseSchema withoutHistoryTable(DatabaseSchema schema) {
    return schema
        .withTables(schema.tables().stream().filter(t -> !TABLE.equals(t.name().name())).toList())
        .withSecurity(
            schema.policies().stream().filter(p -> !TABLE.equals(p.table().name())).toList(),
            schema.rowSecurity().stream().filter(r -> !TABLE.equals(r.table().name())).toList(),
            schema.privileges().stream().filter(p -> !TABLE.equals(p.target().name())).toList());
  }
}
