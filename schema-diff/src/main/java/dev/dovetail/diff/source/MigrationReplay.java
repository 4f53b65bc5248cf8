package dev.dovetail.diff.source;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.dir.MigrationScript;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Replays existing up migrations, in version order, on a scratch database: the current state when no live
 * database is configured (DESIGN §2). Each file runs as one implicit transaction, as Flyway runs it.
 */
public final class MigrationReplay {

  private MigrationReplay() {}

  /** Applies the scripts on a connection opened with {@link SqlScript#driverOptions()}. */
  public static void apply(Connection connection, List<MigrationScript> scripts) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new MigrationException(ErrorCode.SCRATCH_FAILED, "preparing scratch connection: " + e.getMessage(), e);
    }
    for (MigrationScript script : scripts) {
      SqlScript.read(script.path(), script.path().toString()).execute(connection, ErrorCode.MIGRATION_REPLAY_FAILED);
    }
  }
}
