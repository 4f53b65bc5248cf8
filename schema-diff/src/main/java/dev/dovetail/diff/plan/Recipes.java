package dev.dovetail.diff.plan;

import dev.dovetail.core.change.AddColumn;
import dev.dovetail.core.change.AddConstraint;
import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.AlterEnum;
import dev.dovetail.core.change.AttachedRename;
import dev.dovetail.core.change.ColumnAspect;
import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.change.CreateView;
import dev.dovetail.core.change.DropIndex;
import dev.dovetail.core.change.RebuildViews;
import dev.dovetail.core.change.RenameColumn;
import dev.dovetail.core.change.RenameTable;
import dev.dovetail.core.change.ReplaceView;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.Subject;
import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.EnumType;
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
import dev.dovetail.diff.sql.TypeChange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The safe recipes (docs/recipes.md shows each): how one change becomes the migrations that apply it on a busy database without
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
              + " UPDATE says what to write and the guard above it is removed. Fill it in before deploying, then run"
              + " mvn migrations:rehash: it records the reviewed edit in migrations.sum (until then migrations:verify reports"
              + " the file as MIGRATION_EDITED)");
  private static final Hazard NO_PRIMARY_KEY =
      new Hazard(
          HazardType.NEEDS_REVIEW,
          "the table has no primary key to walk in batches, so one UPDATE fills every row and holds their row locks until it commits");
  private static final Hazard NEW_NOT_NULL_INCOMPATIBLE =
      new Hazard(
          HazardType.BACKWARD_INCOMPATIBLE,
          "from here on inserts that leave the column out fail: deploy it once no running instance of the old application writes the table");

  private static final Hazard COMPATIBILITY_VIEW =
      new Hazard(
          HazardType.NEEDS_REVIEW,
          "the old name is an updatable view until the contract phase: SELECT, INSERT, UPDATE, DELETE and RETURNING through it"
              + " work, TRUNCATE, COPY … FROM, LOCK and DDL on the old name do not");
  private static final Hazard OLD_NAME_GONE =
      new Hazard(
          HazardType.BACKWARD_INCOMPATIBLE,
          "code still using the old name fails from here on: deploy it once no running instance of the old application uses it");

  private static final Pattern KEY_CONSTRAINT =
      Pattern.compile(
          "(PRIMARY KEY|UNIQUE)( NULLS NOT DISTINCT)? (\\(.*?\\))( INCLUDE \\(.*?\\))?( WITH \\(.*?\\))?"
              + "( USING INDEX TABLESPACE \\S+)?( DEFERRABLE(?: INITIALLY (?:DEFERRED|IMMEDIATE))?)?");

  private final DdlRenderer renderer;
  private final PlanOptions options;
  private final Map<QualifiedName, Table> tables = new HashMap<>();
  private final ShadowColumn shadow;

  private final Set<QualifiedName> builtOn;

  /**
   * @param changes every change of the run: a shadow column under a temporary name cannot take a column that other
   *     changes of the run build on, since what they build would go with the old column at the swap
   */
  Recipes(DdlRenderer renderer, PlanOptions options, DatabaseSchema current, List<SchemaChange> changes) {
    this.renderer = renderer;
    this.options = options;
    current.tables().forEach(t -> tables.put(t.name(), t));
    this.shadow = new ShadowColumn(this, current, tables);
    this.builtOn = builtOn(changes);
  }

  /** @return the tables on whose columns a change of the run builds an index, constraint, trigger, policy or view */
  private static Set<QualifiedName> builtOn(List<SchemaChange> changes) {
    Set<QualifiedName> tables = new HashSet<>();
    for (SchemaChange change : changes) {
      Subject s = change.subject();
      if (s.kind().member() && s.kind() != Subject.Kind.COLUMN && s.verb().adds()) {
        tables.add(s.qualifiedName()); // an index, constraint, trigger or policy: its table
      }
      if (change instanceof CreateView c) {
        tables.addAll(c.view().dependencies().relations());
      } else if (change instanceof ReplaceView c) {
        tables.addAll(c.to().dependencies().relations());
      } else if (change instanceof RebuildViews c) {
        c.created().forEach(v -> tables.addAll(v.dependencies().relations()));
      }
    }
    return tables;
  }

  /** @return why a column of {@code table} cannot move to a shadow column under a temporary name, or empty */
  private Optional<String> shadowUnderTemporaryName(QualifiedName table, Column column) {
    if (builtOn.contains(table)) {
      return Optional.of("other changes of this run build indexes, constraints, triggers, policies or views on the table;"
          + " generate the type change in a run of its own to get the online recipe");
    }
    return shadow.unsupported(table, column);
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
    } else if (change instanceof RenameTable c) {
      recipe = Optional.of(renameTable(c));
    } else if (change instanceof RenameColumn c) {
      recipe = Optional.of(renameColumn(c));
    } else if (change instanceof AlterEnum c && !c.additive()) {
      recipe = replaceEnum(c);
    }
    return recipe.orElseGet(() -> List.of(plain(change)));
  }

  /**
   * @return the change as one migration of its plain form; destructive changes belong to the contract phase, and so
   *     do drops of schemas and composite types, which may hold or type what destructive changes drop there
   */
  Migration plain(SchemaChange change) {
    Subject s = change.subject();
    boolean contract =
        change.destructive()
            || s.verb() == Subject.Verb.DROP && (s.kind() == Subject.Kind.SCHEMA || s.kind() == Subject.Kind.COMPOSITE_TYPE);
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
    up.add(dropInvalidLeftover(index));
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
    down.add(dropInvalidLeftover(index));
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

  /**
   * @return the {@code DROP INDEX CONCURRENTLY IF EXISTS} before a concurrent build, which removes the INVALID index a
   *     failed earlier run left; the build's own hazard says so, so it carries none of its own (one file, one
   *     {@code NON_TRANSACTIONAL})
   */
  private static Statement dropInvalidLeftover(Index index) {
    return Statement.of("DROP INDEX CONCURRENTLY IF EXISTS " + Sql.qualified(index.qualifiedName()), shareUpdateExclusive(index.table()));
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
            notValidAgain(table, constraint.name(), add)));
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
            MigrationNames.named(
                base.replaceFirst("^add_unique_", "create_unique_index_").replaceFirst("^add_primary_key_", "create_primary_key_index_"),
                Phase.EXPAND),
            "Builds unique index " + constraint.name() + " on " + table + " concurrently, for the "
                + (primaryKey ? "primary key" : "unique constraint") + " the next migration adds.",
            Phase.EXPAND,
            change,
            List.of(
                dropInvalidLeftover(index),
                Statement.of(concurrently(index.definition()), shareUpdateExclusive(table), CONCURRENT_BUILD, CONCURRENT_BUILD_TIME)),
            List.of(dropIndexConcurrently(index)),
            false),
        new Migration(
            MigrationNames.named(base, Phase.EXPAND),
            Planner.describe(change) + " It takes over the index built before, so nothing is scanned under the lock.",
            Phase.EXPAND,
            change,
            attach,
            indexBack(renderer.render(change.inverse()), index))));
  }

  /**
   * @return the down of {@code ADD CONSTRAINT … USING INDEX}: dropping the constraint drops the index it took over, which
   *     the migration before built, so the index is built again (inside the down's transaction, under a SHARE lock)
   */
  private static List<Statement> indexBack(List<Statement> dropConstraint, Index index) {
    List<Statement> down = new ArrayList<>(dropConstraint);
    down.add(Statement.of(index.definition(), "SHARE on " + index.table()));
    return down;
  }

  // ---------------------------------------------------------------- columns

  private Optional<List<Migration>> alterColumn(AlterColumn change) {
    if (change.aspects().equals(Set.of(ColumnAspect.NOT_NULL)) && change.to().notNull() && !partitioned(change.table())) {
      return Optional.of(setNotNull(change.table(), change.to().name(), change, Phase.EXPAND, null));
    }
    boolean rewrite = change.aspects().contains(ColumnAspect.TYPE) && !TypeChange.withoutRewrite(change.from().type(), change.to().type());
    if (!rewrite || !SHADOW_ASPECTS.containsAll(change.aspects())) {
      return Optional.empty();
    }
    Optional<String> unsupported = shadowUnderTemporaryName(change.table(), change.from());
    if (unsupported.isPresent()) {
      return Optional.of(List.of(withHazard(plain(change), new Hazard(HazardType.NEEDS_REVIEW,
          "changed in place, rewriting the table under its lock, not through a shadow column, because " + unsupported.get()))));
    }
    return Optional.of(shadow.plan(change, change.table(), change.from(), change.to(), Map.of()));
  }

  /** What a shadow column can change along with a rewriting type change. */
  private static final Set<ColumnAspect> SHADOW_ASPECTS = Set.of(ColumnAspect.TYPE, ColumnAspect.DEFAULT, ColumnAspect.NOT_NULL);

  /**
   * A hinted column rename: a new column kept in step with the old one by a trigger, backfilled, and the old one
   * dropped in the contract phase ({@link ShadowColumn}); in place, with its hazard, when the recipe cannot handle
   * the column.
   */
  private List<Migration> renameColumn(RenameColumn change) {
    Table table = tables.get(change.table());
    Column column = table == null ? null : table.column(change.to()).orElse(null);
    Optional<String> unsupported = column == null ? Optional.of("the column is not found") : shadow.unsupported(change.table(), column);
    if (unsupported.isPresent()) {
      return List.of(withHazard(plain(change), new Hazard(HazardType.NEEDS_REVIEW,
          "renamed in place, not through a new column kept in step by a trigger, because " + unsupported.get())));
    }
    Map<String, String> oldIndexNames = new HashMap<>();
    change.attached().stream()
        .filter(a -> a.kind() == AttachedRename.Kind.INDEX)
        .forEach(a -> oldIndexNames.put(a.to(), a.from()));
    Column old = new Column(change.from(), column.type(), column.notNull(), column.defaultExpression(), null, null, column.collation(),
        column.defaultSequences(), column.comment(), List.of(), column.defaultFunctions(), column.defaultVolatile());
    return shadow.plan(change, change.table(), old, column, oldIndexNames);
  }

  /**
   * SET NOT NULL without a scan under an exclusive lock: a {@code CHECK (c IS NOT NULL) NOT VALID}, validated in a
   * migration of its own, lets {@code SET NOT NULL} skip its scan; the check is dropped after.
   */
  private List<Migration> setNotNull(QualifiedName table, String column, SchemaChange change, Phase phase, Hazard extra) {
    String alter = alterTable(table);
    List<Statement> set = new ArrayList<>();
    set.add(
        extra == null
            ? Statement.of(alter + " ALTER COLUMN " + Sql.ident(column) + " SET NOT NULL", accessExclusive(table))
            : Statement.of(alter + " ALTER COLUMN " + Sql.ident(column) + " SET NOT NULL", accessExclusive(table), extra));
    set.add(Statement.of(alter + " DROP CONSTRAINT IF EXISTS " + Sql.ident(notNullCheckName(table, column)), accessExclusive(table)));
    List<Migration> steps = new ArrayList<>(notNullCheck(table, column, change, phase));
    steps.add(
        new Migration(
            MigrationNames.named("set_not_null_" + notNullObject(table, column), phase),
            "Sets column " + column + " of " + table + " NOT NULL; the validated check proves it without a scan, and is dropped after.",
            phase,
            change,
            set,
            List.of(
                // the validated check the up dropped comes back first, while the column still proves it without a scan
                Statement.of(alter + " ADD CONSTRAINT " + Sql.ident(notNullCheckName(table, column)) + " CHECK (" + Sql.ident(column)
                    + " IS NOT NULL)", accessExclusive(table)),
                Statement.of(alter + " ALTER COLUMN " + Sql.ident(column) + " DROP NOT NULL", accessExclusive(table)))));
    return steps;
  }

  /** @return the name of the check that proves {@code column} NOT NULL before {@code SET NOT NULL} */
  static String notNullCheckName(QualifiedName table, String column) {
    return truncate(table.name() + "_" + column + "_not_null_check");
  }

  private static String notNullObject(QualifiedName table, String column) {
    return MigrationNames.base(new AlterColumn(table, Column.of(column, "text"), Column.of(column, "text").withNotNull(true)))
        .replaceFirst("^alter_column_not_null_", "");
  }

  /**
   * @return the first two steps towards {@code SET NOT NULL} without a scan under an exclusive lock: a
   *     {@code CHECK (c IS NOT NULL) NOT VALID} (a brief lock), then its validation in a migration of its own
   */
  List<Migration> notNullCheck(QualifiedName table, String column, SchemaChange change, Phase phase) {
    String check = notNullCheckName(table, column);
    String object = notNullObject(table, column);
    String alter = alterTable(table);
    Statement addCheck = Statement.of(
        alter + " ADD CONSTRAINT " + Sql.ident(check) + " CHECK (" + Sql.ident(column) + " IS NOT NULL) NOT VALID", accessExclusive(table));
    return List.of(
        new Migration(
            MigrationNames.named("add_not_null_check_" + object, phase),
            "Adds " + check + " CHECK (" + column + " IS NOT NULL) NOT VALID to " + table
                + ": new rows are checked from now on, existing rows by the next migration.",
            phase,
            change,
            List.of(addCheck),
            List.of(Statement.of(alter + " DROP CONSTRAINT IF EXISTS " + Sql.ident(check), accessExclusive(table)))),
        new Migration(
            MigrationNames.named("validate_not_null_check_" + object, phase),
            "Validates " + check + " of " + table + " against the existing rows.",
            phase,
            change,
            List.of(Statement.of(alter + " VALIDATE CONSTRAINT " + Sql.ident(check), shareUpdateExclusive(table), VALIDATE_SCAN)),
            notValidAgain(table, check, List.of(addCheck))));
  }

  /**
   * @return the down of a {@code VALIDATE CONSTRAINT}: PostgreSQL cannot mark a constraint {@code NOT VALID} again, so
   *     it is dropped and added back {@code NOT VALID} (a brief lock, no scan), which gives back exactly the state before
   *     the validation
   */
  private static List<Statement> notValidAgain(QualifiedName table, String constraint, List<Statement> addNotValid) {
    List<Statement> down = new ArrayList<>();
    down.add(Statement.of(alterTable(table) + " DROP CONSTRAINT " + Sql.ident(constraint), accessExclusive(table)));
    addNotValid.forEach(s -> down.add(new Statement(s.sql(), s.lock(), List.of())));
    return down;
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
        // The old application inserts rows without the column until it is gone, after the data migration ran, and the
        // check would fail on them. Once it is gone, in the contract phase, the backfill runs again for those rows.
        steps.add(backfill(table, column, false, change, Phase.CONTRACT));
      }
      steps.addAll(setNotNull(table, column.name(), change, phase, volatileDefault ? null : NEW_NOT_NULL_INCOMPATIBLE));
    }
    return Optional.of(steps);
  }

  /**
   * The backfill of a new column: its default (volatile), or a value a reviewer writes in. In the {@link Phase#DATA
   * data} phase it fills the rows there are; in the {@link Phase#CONTRACT contract} phase, the rows the old
   * application inserted without the column meanwhile.
   */
  private Migration backfill(QualifiedName table, Column column, boolean withDefault, SchemaChange change, Phase phase) {
    String col = Sql.ident(column.name());
    String target = Sql.qualified(table);
    String guard =
        withDefault
            ? ""
            : "  IF EXISTS (SELECT FROM " + target + " WHERE " + col + " IS NULL) THEN\n"
                + "    RAISE EXCEPTION '%: choose the value of column % for existing rows, write it in the UPDATE below and delete this IF block',\n"
                + "      " + Sql.literal(FlywayFormat.FILE_NAME) + ", " + Sql.literal(table + "." + column.name()) + ";\n"
                + "  END IF;\n";
    return backfill(
        table,
        column.name(),
        "backfill_" + MigrationNames.base(change).replaceFirst("^add_column_", ""),
        withDefault ? "DEFAULT" : "NULL /* TODO: the value for existing rows */",
        col + " IS NULL",
        withDefault
            ? "Backfills column " + column.name() + " of " + table + " with its default, " + options.batchSize() + " rows per committed batch."
            : phase == Phase.CONTRACT
                ? "Backfills column " + column.name() + " of " + table + " in the rows the old application inserted after the data migration"
                    + " ran, with the value written in there, which a reviewer must write in here too; until then it refuses to run if"
                    + " there are such rows."
                : "Backfills column " + column.name() + " of " + table + " with a value a reviewer must write in before deploying;"
                    + " until then it refuses to run on a table with rows.",
        change,
        guard,
        withDefault ? List.of() : List.of(VALUE_TO_CHOOSE),
        phase);
  }

  /** A backfill without a guard, for recipes that know the value (the shadow column's copy). */
  Migration backfill(QualifiedName table, String column, String name, String value, String pending, String description, SchemaChange change) {
    return backfill(table, column, name, value, pending, description, change, "", List.of(), Phase.DATA);
  }

  /**
   * A data migration that sets {@code column} to {@code value} where {@code pending} holds: batches of
   * {@link PlanOptions#batchSize()} rows walked along the primary key, each committed, so that no transaction holds
   * row locks on the whole table. A table without a primary key gets one plain {@code UPDATE} and a hazard.
   *
   * @param guard PL/pgSQL run before the first batch (a check that refuses to run), or empty
   */
  private Migration backfill(
      QualifiedName table, String column, String base, String value, String pending, String description, SchemaChange change,
      String guard, List<Hazard> extraHazards, Phase phase) {
    String name = MigrationNames.named(base, phase);
    String target = Sql.qualified(table);
    String col = Sql.ident(column);
    Optional<PrimaryKey> key = tables.get(table).constraints().stream()
        .filter(PrimaryKey.class::isInstance).map(PrimaryKey.class::cast).findFirst();
    List<Hazard> hazards = new ArrayList<>(List.of(BACKFILL_TIME));
    hazards.addAll(extraHazards);
    if (key.isEmpty()) {
      hazards.add(NO_PRIMARY_KEY);
      List<Statement> up = new ArrayList<>();
      if (!guard.isEmpty()) {
        up.add(new Statement("DO $dovetail$\nBEGIN\n" + guard + "END\n$dovetail$", "", hazards));
      }
      up.add(new Statement("UPDATE " + target + " SET " + col + " = " + value + " WHERE " + pending, "ROW EXCLUSIVE on " + table, hazards));
      return new Migration(name, description, phase, change, up, List.of());
    }
    hazards.add(0, BATCHED);
    List<String> keys = key.get().columns();
    StringBuilder declare = new StringBuilder();
    for (int i = 0; i < keys.size(); i++) {
      String type = Sql.qualified(table) + "." + Sql.ident(keys.get(i)) + "%TYPE";
      declare.append("  dovetail_from_").append(i).append(' ').append(type).append(";\n  dovetail_to_").append(i).append(' ').append(type).append(";\n");
    }
    String keyList = keys.stream().map(Sql::ident).collect(Collectors.joining(", "));
    String keyDesc = keys.stream().map(k -> Sql.ident(k) + " DESC").collect(Collectors.joining(", "));
    String from = row(keys.size(), "dovetail_from_");
    String to = row(keys.size(), "dovetail_to_");
    String intoFrom = from.substring(1, from.length() - 1);
    String intoTo = to.substring(1, to.length() - 1);
    String keyRow = "(" + keyList + ")";
    String sql =
        "DO $dovetail$\n"
            + "DECLARE\n"
            + "  batch_size CONSTANT integer := " + options.batchSize() + ";\n"
            + declare
            + "BEGIN\n"
            + guard
            + "  SELECT " + keyList + " INTO " + intoFrom + " FROM " + target + " WHERE " + pending + " ORDER BY " + keyList + " LIMIT 1;\n"
            + "  WHILE FOUND LOOP\n"
            + "    SELECT " + keyList + " INTO " + intoTo + " FROM (SELECT " + keyList + " FROM " + target
            + " WHERE " + keyRow + " >= " + from + " ORDER BY " + keyList + " LIMIT batch_size) AS batch ORDER BY " + keyDesc + " LIMIT 1;\n"
            + "    UPDATE " + target + " SET " + col + " = " + value
            + " WHERE " + keyRow + " >= " + from + " AND " + keyRow + " <= " + to + " AND " + pending + ";\n"
            + "    COMMIT;\n"
            + "    SELECT " + keyList + " INTO " + intoFrom + " FROM " + target
            + " WHERE " + keyRow + " > " + to + " AND " + pending + " ORDER BY " + keyList + " LIMIT 1;\n"
            + "  END LOOP;\n"
            + "END\n"
            + "$dovetail$";
    // Vacuumed right away: the dead row versions of the backfill would otherwise start an autovacuum just when the
    // next migration asks for its brief exclusive lock, which then waits (and queues the application behind it)
    // until autovacuum yields, deadlock_timeout later. VACUUM itself lets reads and writes go on.
    Statement vacuum = Statement.of("VACUUM (ANALYZE) " + target, "SHARE UPDATE EXCLUSIVE on " + table);
    return new Migration(
        name, description, phase, change,
        List.of(new Statement(sql, "ROW EXCLUSIVE on " + table + ", one batch at a time", hazards), vacuum), List.of(), false);
  }

  private static String row(int size, String prefix) {
    return java.util.stream.IntStream.range(0, size).mapToObj(i -> prefix + i).collect(Collectors.joining(", ", "(", ")"));
  }

  // ---------------------------------------------------------------- renames

  /**
   * A hinted table rename: the table is renamed and an updatable view takes its old name, so that the old
   * application's reads and writes keep working (PostgreSQL updates a simple view's table itself); the view is
   * dropped in the contract phase. The table's grants are copied to the view, since a view's users need privileges
   * on it.
   */
  private List<Migration> renameTable(RenameTable change) {
    QualifiedName old = change.from();
    QualifiedName renamed = change.renamed();
    // The view shows the table as the old application knows it, even once later migrations add columns.
    String select = change.columns().isEmpty() ? "*" : change.columns().stream().map(Sql::ident).collect(Collectors.joining(", "));
    List<Statement> plain = renderer.render(change);
    List<Statement> up = new ArrayList<>();
    up.add(Statement.of(alterTable(old) + " RENAME TO " + Sql.ident(change.to()), accessExclusive(old)));
    up.addAll(plain.subList(1, plain.size()));
    up.add(Statement.of("CREATE VIEW " + Sql.qualified(old) + " AS SELECT " + select + " FROM " + Sql.qualified(renamed), "", COMPATIBILITY_VIEW));
    up.add(Statement.of(copyGrants(renamed, old), ""));
    List<Statement> down = new ArrayList<>();
    down.add(Statement.of("DROP VIEW IF EXISTS " + Sql.qualified(old), ""));
    down.addAll(renderer.render(change.inverse()));
    return List.of(
        new Migration(
            MigrationNames.of(change, Phase.EXPAND),
            "Renames table " + old + " to " + change.to() + ", as the rename hint states, and creates an updatable view under the old"
                + " name so that the running application keeps working; the view goes in the contract phase.",
            Phase.EXPAND,
            change,
            up,
            down),
        new Migration(
            MigrationNames.named("drop_compatibility_view_" + MigrationNames.word(old.name()), Phase.CONTRACT),
            "Drops the view " + old + " that kept the old name of " + renamed + " working.",
            Phase.CONTRACT,
            change,
            List.of(Statement.of("DROP VIEW " + Sql.qualified(old), "ACCESS EXCLUSIVE on " + old, OLD_NAME_GONE)),
            List.of(
                Statement.of("CREATE VIEW " + Sql.qualified(old) + " AS SELECT " + select + " FROM " + Sql.qualified(renamed), ""),
                Statement.of(copyGrants(renamed, old), ""))));
  }

  /** @return a {@code DO} block granting on {@code view} what is granted on {@code table}, to the same roles */
  private static String copyGrants(QualifiedName table, QualifiedName view) {
    return "DO $dovetail$\n"
        + "DECLARE\n"
        + "  acl record;\n"
        + "BEGIN\n"
        + "  FOR acl IN\n"
        + "    SELECT a.privilege_type, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(r.rolname) END AS grantee,\n"
        + "           a.is_grantable\n"
        + "    FROM pg_catalog.pg_class c\n"
        + "    CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a\n"
        + "    LEFT JOIN pg_catalog.pg_roles r ON r.oid = a.grantee\n"
        + "    WHERE c.oid = " + Sql.literal(Sql.qualified(table)) + "::regclass AND a.grantee <> c.relowner\n"
        + "  LOOP\n"
        + "    EXECUTE format('GRANT %s ON " + Sql.qualified(view).replace("'", "''").replace("%", "%%") + " TO %s%s', acl.privilege_type, acl.grantee,\n"
        + "                   CASE WHEN acl.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);\n"
        + "  END LOOP;\n"
        + "END\n"
        + "$dovetail$";
  }

  // ---------------------------------------------------------------- enums

  private static final Hazard LABEL_REMOVED =
      new Hazard(
          HazardType.BACKWARD_INCOMPATIBLE,
          "from here on a write of a removed label fails, from the old application too: remove its uses first");

  /**
   * Removed or reordered enum labels: a new type beside the old one, each column that uses the type moved to it
   * through a shadow column ({@link ShadowColumn}, converting through {@code text}), and, in the contract phase,
   * the old type dropped and the new one given its name. Left to the plain form (a rewrite under the table's lock,
   * flagged) when a constraint or an index names the type, when a column holds an array of it, or when the shadow
   * recipe cannot take a column.
   */
  private Optional<List<Migration>> replaceEnum(AlterEnum change) {
    EnumType from = change.from();
    EnumType to = change.to();
    if (!change.constraints().isEmpty() || !change.indexes().isEmpty() || change.columns().isEmpty()) {
      return Optional.empty();
    }
    for (AlterEnum.UsingColumn using : change.columns()) {
      if (using.column().type().endsWith("[]") || shadowUnderTemporaryName(using.table(), using.column()).isPresent()) {
        return Optional.empty();
      }
    }
    QualifiedName staging = new QualifiedName(to.name().schema(), truncate(to.name().name() + "__new"));
    String stagingRef = Sql.qualified(staging);
    boolean removes = !to.labels().containsAll(from.labels());
    List<Migration> steps = new ArrayList<>();
    String base = MigrationNames.word(to.name().name());
    steps.add(new Migration(
        MigrationNames.named("create_enum_" + MigrationNames.word(staging.name()), Phase.EXPAND),
        "Creates enum type " + staging + " with the labels " + to.labels() + ", to replace " + from.name() + ".",
        Phase.EXPAND,
        change,
        List.of(Statement.of("CREATE TYPE " + stagingRef + " AS ENUM (" + to.labels().stream().map(Sql::literal).collect(Collectors.joining(", ")) + ")", "")),
        List.of(Statement.of("DROP TYPE IF EXISTS " + stagingRef, ""))));
    for (AlterEnum.UsingColumn using : change.columns()) {
      Column column = using.column();
      String defaultOnStaging =
          column.defaultExpression() == null ? null : column.defaultExpression().replace("::" + from.reference(), "::" + stagingRef);
      Column target = column.withType(stagingRef).withDefault(defaultOnStaging);
      List<Migration> columnSteps = shadow.plan(change, using.table(), column, target, Map.of(), "text");
      if (removes) {
        columnSteps = new ArrayList<>(columnSteps);
        columnSteps.set(0, withHazard(columnSteps.get(0), LABEL_REMOVED));
      }
      steps.addAll(columnSteps);
    }
    String type = Sql.qualified(to.name());
    List<Statement> finish = new ArrayList<>();
    finish.add(Statement.of("DROP TYPE " + type, ""));
    finish.add(Statement.of("ALTER TYPE " + stagingRef + " RENAME TO " + Sql.ident(to.name().name()), ""));
    if (to.comment() != null) {
      finish.add(Statement.of("COMMENT ON TYPE " + type + " IS " + Sql.literal(to.comment()), ""));
    }
    // Down: the state right before this migration, when the staging type had no comment and the old type had the
    // declared comment already (a changed comment is a change of its own, planned before the contract phase).
    List<Statement> unfinish = new ArrayList<>();
    unfinish.add(Statement.of("ALTER TYPE " + type + " RENAME TO " + Sql.ident(staging.name()), ""));
    if (to.comment() != null) {
      unfinish.add(Statement.of("COMMENT ON TYPE " + stagingRef + " IS NULL", ""));
    }
    unfinish.add(Statement.of("CREATE TYPE " + type + " AS ENUM (" + from.labels().stream().map(Sql::literal).collect(Collectors.joining(", ")) + ")", ""));
    if (to.comment() != null) {
      unfinish.add(Statement.of("COMMENT ON TYPE " + type + " IS " + Sql.literal(to.comment()), ""));
    }
    steps.add(new Migration(
        MigrationNames.named("replace_enum_" + base, Phase.CONTRACT),
        "Drops the old enum type " + from.name() + ", which no column uses any more, and gives " + staging + " its name.",
        Phase.CONTRACT,
        change,
        finish,
        unfinish));
    return Optional.of(steps);
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
