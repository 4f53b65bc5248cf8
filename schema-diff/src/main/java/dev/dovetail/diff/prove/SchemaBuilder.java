package dev.dovetail.diff.prove;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.diff.compare.SchemaDiffer;
import dev.dovetail.diff.introspect.CatalogReader;
import dev.dovetail.diff.plan.PlanOptions;
import dev.dovetail.diff.plan.Planner;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.scratch.ScratchDatabaseProvider;
import dev.dovetail.diff.source.SqlScript;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a schema from its model on a scratch database, with the same renderer that writes migrations.
 *
 * <p>This is also how models are made canonical. PostgreSQL's deparsed text is not always a fixed point:
 * {@code CHECK (status IN ('a', 'b'))} on a {@code varchar} column reads back as
 * {@code ((status)::text = ANY ((ARRAY['a'::character varying, …])::text[]))}, and executing that text reads
 * back differently again. A model that has been rendered, executed and read once is in the form every later
 * round trip keeps, so both sides of a diff are compared in that form and a hand-written definition never
 * shows up as a spurious change.
 */
public final class SchemaBuilder {

  private final SchemaDiffer differ = new SchemaDiffer();
  private final Planner planner = new Planner(PlanOptions.PLAIN);
  private final CatalogReader reader;

  /** A builder whose reads leave privileges out. */
  public SchemaBuilder() {
    this(false);
  }

  /** @param includePrivileges whether the schemas it reads back include privileges */
  public SchemaBuilder(boolean includePrivileges) {
    this.reader = new CatalogReader(includePrivileges);
  }

  /**
   * Creates everything in {@code target} on the connection, which must hold an empty database; the roles it names
   * (owners, grantees, policies' roles) are made on the server first, as for any script ({@link SqlScript#execute}).
   */
  public void build(Connection connection, DatabaseSchema target) {
    MigrationPlan creation = creation(empty(connection), target);
    // One script, run as any declared script runs (SqlScript.execute): 200 statements to a round trip and a
    // transaction, or statement by statement when a sandbox's owner changes must run for it.
    String statements = creation.migrations().stream().flatMap(m -> m.up().stream()).map(Statement::sql)
        .collect(java.util.stream.Collectors.joining(";\n"));
    try {
      new SqlScript("the rebuilt schema", statements).execute(connection, ErrorCode.PROOF_FAILED);
    } catch (MigrationException e) {
      throw new MigrationException(
          ErrorCode.PROOF_FAILED, "rebuilding a schema from its model on a scratch database: " + e.getMessage(), e);
    }
  }

  /**
   * Empty databases of one scratch server, read by the same kind of role, read alike; their model, by
   * {@link ScratchDatabase#freshStateKey()} and whether privileges are read, is read once. (On the small schemas of
   * the proof, reading an empty database on a new connection cost about as much as building the schema.)
   */
  private static final Map<String, DatabaseSchema> EMPTY = new ConcurrentHashMap<>();

  /** @return the model of the empty database the connection is to, read once per scratch server */
  private DatabaseSchema empty(Connection connection) {
    Optional<ScratchDatabase> scratch = ScratchDatabase.servingConnection(connection);
    if (scratch.isEmpty()) {
      return reader.read(connection);
    }
    String key = scratch.get().freshStateKey() + " " + reader.includesPrivileges();
    DatabaseSchema known = EMPTY.get(key);
    if (known != null) {
      return known;
    }
    DatabaseSchema empty = reader.read(connection);
    EMPTY.putIfAbsent(key, empty);
    return empty;
  }

  /**
   * @param empty the model of an empty database on the server that will run the plan (its {@code public} schema and
   *     built-in extensions)
   * @return the plain statements that create {@code target} from nothing, one migration per object, in dependency
   *     order: what {@link #build} runs, and what {@code migrations:init} writes as the declared schema and baseline
   */
  public MigrationPlan creation(DatabaseSchema empty, DatabaseSchema target) {
    return planner.plan(differ.diff(empty, target), empty);
  }

  /** @return {@code schema} as it reads back after being built from its model on a scratch database */
  public DatabaseSchema canonical(ScratchDatabaseProvider scratch, DatabaseSchema schema) {
    try (Built built = built(scratch, schema)) {
      return built.schema();
    }
  }

  /**
   * A schema built from its model on a scratch database that stays open, and how it reads back there: the proof of a
   * plan can start from it ({@link Prover#prove(dev.dovetail.core.plan.MigrationPlan, DatabaseSchema, DatabaseSchema,
   * java.util.function.Consumer, ScratchDatabase)}) instead of building the same schema again.
   *
   * @param database the scratch database holding it; closing this closes (drops or empties) it
   * @param schema the database as it reads back
   */
  public record Built(ScratchDatabase database, DatabaseSchema schema) implements AutoCloseable {
    @Override
    public void close() {
      database.close();
    }
  }

  /** @return {@code schema} built from its model on a scratch database left open, and as it reads back there */
  public Built built(ScratchDatabaseProvider scratch, DatabaseSchema schema) {
    ScratchDatabase database = scratch.create();
    try (Connection connection = database.connect(SqlScript.driverOptions())) {
      connection.setAutoCommit(true);
      build(connection, schema);
      return new Built(database, reader.read(connection));
    } catch (SQLException e) {
      database.close();
      throw new MigrationException(ErrorCode.SCRATCH_FAILED, "using a scratch database: " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      database.close();
      throw e;
    }
  }
}
