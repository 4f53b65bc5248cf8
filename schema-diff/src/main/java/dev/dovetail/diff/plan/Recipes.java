package dev.dovetail.diff.plan;

import dev.dovetail.core.change.AddColumn;
import dev.dovetail.core.change.AddConstraint;
import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.ColumnAspect;
import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.change.DropCompositeType;
import dev.dovetail.core.change.DropSchema;
import dev.dovetail.core.change.DropIndex;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.PrimaryKey;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.model.UniqueConstraint;
import dev.dovetail.core.plan.Hazard;
import dev.dovetail.core.plan.HazardType;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationNames;
import dev.dovetail.core.plan.Phase;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.core.write.FlywayFormat;
import dev.dovetail.diff.sql.DdlRenderer;
import dev.dovetail.diff.sql.Sql;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The safe recipes of DESIGN §5: how one change becomes the migrations that apply it on a busy database without
 * downtime. Each recipe decides its statements, so it also knows their locks and attaches their hazards. Changes
 * without a recipe, and every change when recipes are off ({@code zeroDowntime=false}), become one migration of
 * their plain form.
 *
 * <p>The recipes need the current state: whether a table already exists (a new, empty table needs no care),
 * whether it is partitioned (PostgreSQL builds no index concurrently on a partitioned table) and its primary key
 * (backfills walk it in batches).
 */
final class Recipes {

  private static final Hazard CONCURRENT_BUILD =
      new Hazard(
          HazardType.NON_TRANSACTIONAL,
          "runs outside a transaction; if the build fails it leaves an INVALID index, which the DROP INDEX CONCURRENTLY IF EXISTS"
              + " before it removes when the file runs again");
  private static final Hazard CONCURRENT_BUILD_TIME =
      new Hazard(HazardType.LONG_RUNNING, "CREATE INDEX CONCURRENTLY scans the table twice and waits for running transactions; writes go on meanwhile");
  private static final Hazard CONCURRENT_DROP =
      new Hazard(HazardType.NON_TRANSACTIONAL, "runs outside a transaction; DROP INDEX CONCURRENTLY waits for transactions using the index");
  private static final Hazard VALIDATE_SCAN =
      new Hazard(HazardType.LONG_RUNNING, "VALIDATE CONSTRAINT scans every row; reads and writes go on meanwhile");
  private static final Hazard NO_CONCURRENT_ON_PARTITIONED =
      new Hazard(
          HazardType.BLOCKS_WRITES,
          "PostgreSQL cannot build or drop an index concurrently on a partitioned table, so this blocks writes on every"
              + " partition for the whole build; on a large table build it per partition (CREATE INDEX CONCURRENTLY, then"
              + " ALTER INDEX … ATTACH PARTITION) by hand");
  private static final Hazard BATCHED =
      new Hazard(
          HazardType.NON_TRANSACTIONAL,
          "runs outside a transaction and commits after every batch, so that no transaction holds row locks on the whole table;"
              + " if it stops half way, running it again carries on");
  private static final Hazard BACKFILL_TIME =
      new Hazard(HazardType.LONG_RUNNING, "updates every existing row, batch by batch; the table stays readable and writable");
  private static final Hazard VALUE_TO_CHOOSE =
      new Hazard(
          HazardType.NEEDS_REVIEW,
          "the value for existing rows is for a person to choose: the file raises an error on a table with rows until the"
              + " UPDATE says what to write and the guard above it is removed");
  private static final Hazard NO_PRIMARY_KEY =
      new Hazard(
          HazardType.NEEDS_REVIEW,
          "the table has no primary key to walk in batches, so one UPDATE fills every row and holds their row locks until it commits");
  private static final Hazard NEW_NOT_NULL_INCOMPATIBLE =
      new Hazard(
          HazardType.BACKWARD_INCOMPATIBLE,
          "from here on inserts that leave the column out fail: deploy it once no running instance of the old application writes the table");

  private static final Pattern KEY_CONSTRAINT =
      Pattern.compile(
          "(PRIMARY KEY|UNIQUE)( NULLS NOT DISTINCT)? (\\(.*?\\))( INCLUDE \\(.*?\\))?( WITH \\(.*?\\))?"
              + "( USING INDEX TABLESPACE \\S+)?( DEFERRABLE(?: INITIALLY (?:DEFERRED|IMMEDIATE))?)?");

  private final DdlRenderer renderer;
  private final PlanOptions options;
  private final Map<QualifiedName, Table> tables = new HashMap<>();

  Recipes(DdlRenderer renderer, PlanOptions options, DatabaseSchema current) {
    this.renderer = renderer;
    this.options = options;
    current.tables().forEach(t -> tables.put(t.name(), t));
  }

  /**
   * @return the migrations that apply {@code change}, in order; only steps in {@link Phase#CONTRACT} may be
   *     deferred past later changes
   */
  List<Migration> of(SchemaChange change) {
    if (!options.zeroDowntime()) {
      return List.of(plain(change));
    }
    Optional<List<Migration>> recipe = Optional.empty();
    if (change instanceof CreateIndex c) {
      recipe = createIndex(c);
    } else if (change instanceof DropIndex c) {
      recipe = dropIndex(c);
    } else if (change instanceof AddConstraint c) {
      recipe = addConstraint(c);
    } else if (change instanceof AlterColumn c) {
      recipe = alterColumn(c);
    } else if (change instanceof AddColumn c) {
      recipe = addColumn(c);
    }
    return recipe.orElseGet(() -> List.of(plain(change)));
  }

  /**
   * @return the change as one migration of its plain form; destructive changes belong to the contract phase, and so
   *     do drops of schemas and composite types, which may hold or type what destructive changes drop there
   */
  Migration plain(SchemaChange change) {
    boolean contract = change.destructive() || change instanceof DropSchema || change instanceof DropCompositeType;
    Phase phase = contract ? Phase.CONTRACT : Phase.EXPAND;
    return new Migration(
        MigrationNames.of(change, phase),
        Planner.describe(change),
        phase,
        change,
        renderer.render(change),
        renderer.render(change.inverse()));
  }

  // ---------------------------------------------------------------- indexes

  private Optional<List<Migration>> createIndex(CreateIndex change) {
    Index index = change.index();
    if (partitioned(index.table())) {
      return Optional.of(List.of(withHazard(plain(change), NO_CONCURRENT_ON_PARTITIONED)));
    }
    List<Statement> up = new ArrayList<>();
    up.add(dropIndexConcurrently(index));
    List<Statement> plainUp = renderer.render(change);
    up.add(Statement.of(concurrently(index.definition()), shareUpdateExclusive(index.table()), CONCURRENT_BUILD, CONCURRENT_BUILD_TIME));
    up.addAll(plainUp.subList(1, plainUp.size())); // the comment, if any
    return Optional.of(List.of(
        new Migration(
            MigrationNames.of(change, Phase.EXPAND),
            Planner.describe(change) + " Built concurrently: writes go on during the build.",
            Phase.EXPAND,
            change,
            up,
            List.of(dropIndexConcurrently(index)),
            false)));
  }

  private Optional<List<Migration>> dropIndex(DropIndex change) {
    Index index = change.index();
    if (partitioned(index.table())) {
      return Optional.empty();
    }
    List<Statement> down = new ArrayList<>();
    down.add(dropIndexConcurrently(index));
    List<Statement> plainDown = renderer.render(change.inverse());
    down.add(Statement.of(concurrently(index.definition()), shareUpdateExclusive(index.table()), CONCURRENT_BUILD, CONCURRENT_BUILD_TIME));
    down.addAll(plainDown.subList(1, plainDown.size()));
    return Optional.of(List.of(
        new Migration(
            MigrationNames.of(change, Phase.EXPAND),
            Planner.describe(change) + " Dropped concurrently: queries using it finish first.",
            Phase.EXPAND,
            change,
            List.of(dropIndexConcurrently(index)),
            down,
            false)));
  }

  private static Statement dropIndexConcurrently(Index index) {
    return Statement.of(
        "DROP INDEX CONCURRENTLY IF EXISTS " + Sql.qualified(index.qualifiedName()), shareUpdateExclusive(index.table()), CONCURRENT_DROP);
  }

  /** @return {@code pg_get_indexdef} text made concurrent: {@code CREATE [UNIQUE] INDEX CONCURRENTLY …} */
  static String concurrently(String definition) {
    return definition.replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX CONCURRENTLY ");
  }

  // ---------------------------------------------------------------- constraints

  private Optional<List<Migration>> addConstraint(AddConstraint change) {
    QualifiedName table = change.table();
    Constraint constraint = change.constraint();
    if (!tables.containsKey(table) || partitioned(table) || constraint.definition().endsWith(" NOT VALID")) {
      return Optional.empty(); // a table created in this run is empty; see the class comment for the rest
    }
    if (constraint instanceof ForeignKey || constraint instanceof CheckConstraint) {
      return Optional.of(notValidThenValidate(change));
    }
    if (constraint instanceof PrimaryKey || constraint instanceof UniqueConstraint) {
      return uniqueThroughIndex(change);
    }
    return Optional.empty(); // an exclusion constraint cannot be added with USING INDEX
  }

  /** {@code ADD CONSTRAINT … NOT VALID} (a brief lock), then {@code VALIDATE CONSTRAINT} in a migration of its own. */
  private List<Migration> notValidThenValidate(AddConstraint change) {
    QualifiedName table = change.table();
    Constraint constraint = change.constraint();
    List<Statement> plainUp = renderer.render(change);
    List<Statement> add = new ArrayList<>();
    Statement first = plainUp.get(0);
    add.add(new Statement(first.sql() + " NOT VALID", first.lock(), List.of()));
    add.addAll(plainUp.subList(1, plainUp.size()));
    String base = MigrationNames.base(change);
    String validateLock =
        constraint instanceof ForeignKey fk
            ? "SHARE UPDATE EXCLUSIVE on " + table + (fk.referencedTable().equals(table) ? "" : "; ROW SHARE on " + fk.referencedTable())
            : shareUpdateExclusive(table);
    return List.of(
        new Migration(
            MigrationNames.named(base, Phase.EXPAND),
            Planner.describe(change) + " NOT VALID: new rows are checked from now on, existing rows by the next migration.",
            Phase.EXPAND,
            change,
            add,
            renderer.render(change.inverse())),
        new Migration(
            MigrationNames.named(base.replaceFirst("^add_", "validate_"), Phase.EXPAND),
            "Validates constraint " + constraint.name() + " of " + table + " against the existing rows.",
            Phase.EXPAND,
            change,
            List.of(Statement.of(alterTable(table) + " VALIDATE CONSTRAINT " + Sql.ident(constraint.name()), validateLock, VALIDATE_SCAN)),
            List.of()));
  }

  /** {@code CREATE UNIQUE INDEX CONCURRENTLY}, then {@code ADD CONSTRAINT … USING INDEX}, which takes it over. */
  private Optional<List<Migration>> uniqueThroughIndex(AddConstraint change) {
    QualifiedName table = change.table();
    Constraint constraint = change.constraint();
    Matcher m = KEY_CONSTRAINT.matcher(constraint.definition());
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean primaryKey = "PRIMARY KEY".equals(m.group(1));
    Index index =
        new Index(constraint.name(), table, true, "btree", constraint.columns(), List.of(), null,
            "CREATE UNIQUE INDEX " + Sql.ident(constraint.name()) + " ON " + Sql.qualified(table) + " USING btree " + m.group(3)
                + (m.group(4) == null ? "" : m.group(4))
                + (m.group(2) == null ? "" : m.group(2))
                + (m.group(5) == null ? "" : m.group(5))
                + (m.group(6) == null ? "" : m.group(6).replace(" USING INDEX TABLESPACE", " TABLESPACE")),
            null);
    List<Statement> plainUp = renderer.render(change);
    List<Statement> attach = new ArrayList<>();
    attach.add(
        Statement.of(
            alterTable(table) + " ADD CONSTRAINT " + Sql.ident(constraint.name()) + " " + m.group(1) + " USING INDEX "
                + Sql.ident(constraint.name()) + (m.group(7) == null ? "" : m.group(7)),
            accessExclusive(table)));
    attach.addAll(plainUp.subList(1, plainUp.size()));
    String base = MigrationNames.base(change);
    return Optional.of(List.of(
        new Migration(
            MigrationNames.named(base.replaceFirst("^add_", "create_index_"), Phase.EXPAND),
            "Builds unique index " + constraint.name() + " on " + table + " concurrently, for the "
                + (primaryKey ? "primary key" : "unique constraint") + " the next migration adds.",
            Phase.EXPAND,
            change,
            List.of(
                dropIndexConcurrently(index),
                Statement.of(concurrently(index.definition()), shareUpdateExclusive(table), CONCURRENT_BUILD, CONCURRENT_BUILD_TIME)),
            List.of(dropIndexConcurrently(index)),
            false),
        new Migration(
            MigrationNames.named(base, Phase.EXPAND),
            Planner.describe(change) + " It takes over the index built before, so nothing is scanned under the lock.",
            Phase.EXPAND,
            change,
            attach,
            renderer.render(change.inverse()))));
  }

  // ---------------------------------------------------------------- columns

  private Optional<List<Migration>> alterColumn(AlterColumn change) {
    if (change.aspects().equals(Set.of(ColumnAspect.NOT_NULL)) && change.to().notNull() && !partitioned(change.table())) {
      return Optional.of(setNotNull(change.table(), change.to().name(), change, Phase.EXPAND, null));
    }
    return Optional.empty();
  }

  /**
   * SET NOT NULL without a scan under an exclusive lock: a {@code CHECK (c IS NOT NULL) NOT VALID}, validated in a
   * migration of its own, lets {@code SET NOT NULL} skip its scan; the check is dropped after.
   */
  private List<Migration> setNotNull(QualifiedName table, String column, SchemaChange change, Phase phase, Hazard extra) {
    String check = truncate(table.name() + "_" + column + "_not_null_check");
    String object = MigrationNames.base(new AlterColumn(table, Column.of(column, "text"), Column.of(column, "text").withNotNull(true)))
        .replaceFirst("^alter_column_not_null_", "");
    String alter = alterTable(table);
    String dropCheck = alter + " DROP CONSTRAINT IF EXISTS " + Sql.ident(check);
    List<Statement> set = new ArrayList<>();
    set.add(
        extra == null
            ? Statement.of(alter + " ALTER COLUMN " + Sql.ident(column) + " SET NOT NULL", accessExclusive(table))
            : Statement.of(alter + " ALTER COLUMN " + Sql.ident(column) + " SET NOT NULL", accessExclusive(table), extra));
    set.add(Statement.of(dropCheck, accessExclusive(table)));
    return List.of(
        new Migration(
            MigrationNames.named("add_not_null_check_" + object, phase),
            "Adds " + check + " CHECK (" + column + " IS NOT NULL) NOT VALID to " + table
                + ": new rows are checked from now on, existing rows by the next migration.",
            phase,
            change,
            List.of(Statement.of(
                alter + " ADD CONSTRAINT " + Sql.ident(check) + " CHECK (" + Sql.ident(column) + " IS NOT NULL) NOT VALID",
                accessExclusive(table))),
            List.of(Statement.of(dropCheck, accessExclusive(table)))),
        new Migration(
            MigrationNames.named("validate_not_null_check_" + object, phase),
            "Validates " + check + " of " + table + " against the existing rows.",
            phase,
            change,
            List.of(Statement.of(alter + " VALIDATE CONSTRAINT " + Sql.ident(check), shareUpdateExclusive(table), VALIDATE_SCAN)),
            List.of()),
        new Migration(
            MigrationNames.named("set_not_null_" + object, phase),
            "Sets column " + column + " of " + table + " NOT NULL; the validated check proves it without a scan, and is dropped after.",
            phase,
            change,
            set,
            List.of(Statement.of(alter + " ALTER COLUMN " + Sql.ident(column) + " DROP NOT NULL", accessExclusive(table)))));
  }

  /**
   * A column whose default is volatile is added without it, gets the default for new rows, and existing rows are
   * backfilled in batches. A NOT NULL column without a default is added nullable, backfilled with a value a person
   * chooses, and made NOT NULL in the contract phase, once the old application no longer inserts without it; the
   * backfill runs again there first, for the rows the old application inserted after it.
   */
  private Optional<List<Migration>> addColumn(AddColumn change) {
    Column column = change.column();
    QualifiedName table = change.table();
    if (!tables.containsKey(table) || column.identity() != null || column.generatedExpression() != null) {
      return Optional.empty();
    }
    boolean volatileDefault = column.defaultExpression() != null && (column.defaultVolatile() || !change.ownedSequences().isEmpty());
    boolean notNullWithoutDefault = column.notNull() && column.defaultExpression() == null;
    if (!volatileDefault && !notNullWithoutDefault) {
      return Optional.empty();
    }
    Column nullable = column.withDefault(null).withNotNull(false);
    AddColumn add = new AddColumn(table, nullable, change.ownedSequences());
    List<Statement> up = new ArrayList<>(renderer.render(add));
    if (volatileDefault) {
      up.add(Statement.of(
          alterTable(table) + " ALTER COLUMN " + Sql.ident(column.name()) + " SET DEFAULT " + column.defaultExpression(),
          accessExclusive(table)));
    }
    List<Migration> steps = new ArrayList<>();
    steps.add(
        new Migration(
            MigrationNames.of(change, Phase.EXPAND),
            "Adds column " + column.name() + " to " + table
                + (volatileDefault ? " without a default, then sets its default for new rows: nothing is rewritten." : " as nullable, to be filled before it becomes NOT NULL."),
            Phase.EXPAND,
            change,
            up,
            renderer.render(change.inverse())));
    steps.add(backfill(table, column, volatileDefault, change, Phase.DATA));
    if (column.notNull()) {
      Phase phase = volatileDefault ? Phase.EXPAND : Phase.CONTRACT;
      if (!volatileDefault) {
        // The old application inserts rows without the column until it is gone: after the data migration, so the
        // check would fail on them. Once it is gone, in the contract phase, the backfill runs again for those rows.
        steps.add(backfill(table, column, false, change, Phase.CONTRACT));
      }
      steps.addAll(setNotNull(table, column.name(), change, phase, volatileDefault ? null : NEW_NOT_NULL_INCOMPATIBLE));
    }
    return Optional.of(steps);
  }

  /**
   * A migration that fills the column of existing rows: batches of {@link PlanOptions#batchSize()} rows walked along
   * the primary key, each committed, so that no transaction holds row locks on the whole table. In the
   * {@link Phase#DATA data} phase it fills the rows there are; in the {@link Phase#CONTRACT contract} phase, the rows
   * the old application inserted without the column meanwhile.
   */
  private Migration backfill(QualifiedName table, Column column, boolean withDefault, SchemaChange change, Phase phase) {
    String name = MigrationNames.named("backfill_" + MigrationNames.base(change).replaceFirst("^add_column_", ""), phase);
    String value = withDefault ? "DEFAULT" : "NULL /* TODO: the value for existing rows */";
    String target = Sql.qualified(table);
    String col = Sql.ident(column.name());
    Optional<PrimaryKey> key = tables.get(table).constraints().stream()
        .filter(PrimaryKey.class::isInstance).map(PrimaryKey.class::cast).findFirst();
    List<Hazard> hazards = new ArrayList<>(List.of(BACKFILL_TIME));
    if (!withDefault) {
      hazards.add(VALUE_TO_CHOOSE);
    }
    String guard =
        withDefault
            ? ""
            : "  IF EXISTS (SELECT FROM " + target + " WHERE " + col + " IS NULL) THEN\n"
                + "    RAISE EXCEPTION '%: choose the value of column % for existing rows, write it in the UPDATE below and delete this IF block',\n"
                + "      " + Sql.literal(FlywayFormat.FILE_NAME) + ", " + Sql.literal(table + "." + column.name()) + ";\n"
                + "  END IF;\n";
    String description =
        withDefault
            ? "Backfills column " + column.name() + " of " + table + " with its default, " + options.batchSize() + " rows per committed batch."
            : phase == Phase.CONTRACT
                ? "Backfills column " + column.name() + " of " + table + " in the rows the old application inserted after the data migration"
                    + " ran, with the value written in there, which a reviewer must write in here too; until then it refuses to run if"
                    + " there are such rows."
                : "Backfills column " + column.name() + " of " + table + " with a value a reviewer must write in; until then it refuses to run on a table with rows.";
    if (key.isEmpty()) {
      hazards.add(NO_PRIMARY_KEY);
      List<Statement> up = new ArrayList<>();
      if (!guard.isEmpty()) {
        up.add(new Statement("DO $dovetail$\nBEGIN\n" + guard + "END\n$dovetail$", "", hazards));
      }
      up.add(new Statement("UPDATE " + target + " SET " + col + " = " + value + " WHERE " + col + " IS NULL", "ROW EXCLUSIVE on " + table, hazards));
      return new Migration(name, description, phase, change, up, List.of());
    }
    hazards.add(0, BATCHED);
    List<String> keys = key.get().columns();
    String declare = "";
    for (int i = 0; i < keys.size(); i++) {
      String type = Sql.qualified(table) + "." + Sql.ident(keys.get(i)) + "%TYPE";
      declare += "  dovetail_from_" + i + " " + type + ";\n  dovetail_to_" + i + " " + type + ";\n";
    }
    String keyList = keys.stream().map(Sql::ident).collect(Collectors.joining(", "));
    String keyDesc = keys.stream().map(k -> Sql.ident(k) + " DESC").collect(Collectors.joining(", "));
    String from = row(keys.size(), "dovetail_from_");
    String to = row(keys.size(), "dovetail_to_");
    String into = java.util.stream.IntStream.range(0, keys.size()).mapToObj(i -> "dovetail_%s_" + i).collect(Collectors.joining(", "));
    String keyRow = "(" + keyList + ")";
    String sql =
        "DO $dovetail$\n"
            + "DECLARE\n"
            + "  batch_size CONSTANT integer := " + options.batchSize() + ";\n"
            + declare
            + "BEGIN\n"
            + guard
            + "  SELECT " + keyList + " INTO " + into.replace("%s", "from") + " FROM " + target
            + " WHERE " + col + " IS NULL ORDER BY " + keyList + " LIMIT 1;\n"
            + "  WHILE FOUND LOOP\n"
            + "    SELECT " + keyList + " INTO " + into.replace("%s", "to") + " FROM (SELECT " + keyList + " FROM " + target
            + " WHERE " + keyRow + " >= " + from + " ORDER BY " + keyList + " LIMIT batch_size) AS batch ORDER BY " + keyDesc + " LIMIT 1;\n"
            + "    UPDATE " + target + " SET " + col + " = " + value
            + " WHERE " + keyRow + " >= " + from + " AND " + keyRow + " <= " + to + " AND " + col + " IS NULL;\n"
            + "    COMMIT;\n"
            + "    SELECT " + keyList + " INTO " + into.replace("%s", "from") + " FROM " + target
            + " WHERE " + keyRow + " > " + to + " AND " + col + " IS NULL ORDER BY " + keyList + " LIMIT 1;\n"
            + "  END LOOP;\n"
            + "END\n"
            + "$dovetail$";
    return new Migration(
        name, description, phase, change, List.of(new Statement(sql, "ROW EXCLUSIVE on " + table + ", one batch at a time", hazards)), List.of(), false);
  }

  private static String row(int size, String prefix) {
    return java.util.stream.IntStream.range(0, size).mapToObj(i -> prefix + i).collect(Collectors.joining(", ", "(", ")"));
  }

  // ---------------------------------------------------------------- helpers

  private boolean partitioned(QualifiedName table) {
    Table t = tables.get(table);
    return t != null && t.partitionKey() != null;
  }

  private static Migration withHazard(Migration migration, Hazard hazard) {
    List<Statement> up = new ArrayList<>(migration.up());
    Statement first = up.get(0);
    List<Hazard> hazards = new ArrayList<>(first.hazards());
    hazards.add(hazard);
    up.set(0, new Statement(first.sql(), first.lock(), hazards));
    return new Migration(migration.name(), migration.description(), migration.phase(), migration.change(), up, migration.down(), migration.transactional());
  }

  /** @return the identifier cut to PostgreSQL's 63 bytes, at a character boundary, as PostgreSQL would cut it */
  static String truncate(String identifier) {
    byte[] bytes = identifier.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= 63) {
      return identifier;
    }
    int end = identifier.length();
    while (identifier.substring(0, end).getBytes(StandardCharsets.UTF_8).length > 63) {
      end--;
    }
    return identifier.substring(0, end);
  }

  private static String alterTable(QualifiedName table) {
    return "ALTER TABLE " + Sql.qualified(table);
  }

  private static String accessExclusive(QualifiedName table) {
    return "ACCESS EXCLUSIVE on " + table;
  }

  private static String shareUpdateExclusive(QualifiedName table) {
    return "SHARE UPDATE EXCLUSIVE on " + table;
  }
}
