package dev.dovetail.diff.plan;

import dev.dovetail.core.change.AddConstraint;
import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreatePolicy;
import dev.dovetail.core.change.CreateRule;
import dev.dovetail.core.change.CreateStatistics;
import dev.dovetail.core.change.CreateTrigger;
import dev.dovetail.core.change.CreateView;
import dev.dovetail.core.change.DropConstraint;
import dev.dovetail.core.change.DropIndex;
import dev.dovetail.core.change.DropView;
import dev.dovetail.core.change.RebuildViews;
import dev.dovetail.core.change.ReplaceView;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.SetComment;
import dev.dovetail.core.change.Subject;
import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.ColumnRef;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.PrimaryKey;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.model.UniqueConstraint;
import dev.dovetail.core.model.View;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationNames;
import dev.dovetail.core.plan.Phase;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.diff.sql.Hazards;
import dev.dovetail.diff.sql.DdlRenderer;
import dev.dovetail.diff.sql.Deparsed;
import dev.dovetail.diff.sql.RecipeSql;
import dev.dovetail.diff.sql.ShadowSql;
import dev.dovetail.diff.sql.TypeChange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shadow-column recipe (docs/recipes.md), for a hinted column rename and for a type change that rewrites the table:
 * a new column next to the old one, kept in step by a trigger while both the old and the new application run; a
 * batched backfill of the existing rows; the old column's indexes built again concurrently on the new one; and, in
 * the contract phase, a short swap that drops the old column and trigger and gives the new column its final name,
 * default and NOT NULL.
 *
 * <p>It handles a column that indexes of any shape (keys with other columns, expressions, INCLUDE, predicates),
 * checks, foreign keys on the column alone, a default and NOT NULL depend on: each index is built again concurrently on
 * the new column, each check and foreign key added again on it {@code NOT VALID} and validated (when it was valid), all
 * under temporary names that the swap gives back. What the run drops is not built again. The views, policies,
 * triggers (UPDATE OF the column) and extended statistics that read the column keep reading the old one until the
 * swap, which takes them off before the old column goes and creates them again on the new one. A primary key or
 * unique constraint on the column alone is built as a unique index on the new column and made the key in the swap,
 * with the foreign keys that reference it dropped and added back {@code NOT VALID} around it (validated after); a
 * sequence the column owns is handed over. A column that a key on several columns, an exclusion constraint, a
 * materialized view, a generated column or an identity involves, or whose readers the run changes too, is left to the
 * plain form (with its hazards), and {@link #unsupported} says why.
 */
final class ShadowColumn {

  private final Recipes recipes;
  private final DatabaseSchema state;
  private final Map<QualifiedName, Table> tables;

  /** The indexes the run drops, by qualified name: they are not built again on a shadow column. */
  private final Set<QualifiedName> droppedIndexes = new HashSet<>();

  /** The constraints the run drops, by table and name: they are not added again on a shadow column. */
  private final Set<List<Object>> droppedConstraints = new HashSet<>();

  /** Every object the run changes (or comments on), as kind, schema, name and member. */
  private final Set<List<String>> changedObjects = new HashSet<>();

  /** @param changes every change of the run */
  ShadowColumn(Recipes recipes, DatabaseSchema state, Map<QualifiedName, Table> tables, List<SchemaChange> changes) {
    this.recipes = recipes;
    this.state = state;
    this.tables = tables;
    for (SchemaChange change : changes) {
      if (change instanceof SetComment comment) {
        CommentTarget target = comment.target();
        changedObjects.add(object(target.kind().name(), target.schema(), target.name(), target.member()));
      } else {
        changedObjects.add(object(change.subject()));
      }
      if (change instanceof DropIndex d) {
        droppedIndexes.add(d.index().qualifiedName());
      } else if (change instanceof DropConstraint d) {
        droppedConstraints.add(List.of(d.table(), d.constraint().name()));
      }
    }
  }

  /**
   * @param others the run's other changes
   * @return why the views of a rebuild cannot be rebuilt in a swap, or empty: a materialized view would be filled again
   *     under the swap's lock; a view the run creates, replaces or drops on top of them would be in the way of the
   *     swap, which comes after every other change
   */
  static Optional<String> unsupported(RebuildViews views, List<SchemaChange> others) {
    Optional<String> materialized = Stream.concat(views.dropped().stream(), views.created().stream())
        .filter(View::materialized)
        .findFirst()
        .map(v -> "materialized view " + v.name() + " reads the column and would be filled again under the swap's lock");
    if (materialized.isPresent()) {
      return materialized;
    }
    Set<QualifiedName> rebuilt = new HashSet<>(names(views.dropped()));
    rebuilt.addAll(names(views.created()));
    for (SchemaChange other : others) {
      List<View> touched = other instanceof CreateView c ? List.of(c.view())
          : other instanceof DropView d ? List.of(d.view())
          : other instanceof ReplaceView r ? List.of(r.from(), r.to())
          : other instanceof RebuildViews b ? Stream.concat(b.dropped().stream(), b.created().stream()).toList()
          : List.of();
      Optional<View> onTop = touched.stream()
          .filter(v -> rebuilt.contains(v.name()) || v.dependencies().relations().stream().anyMatch(rebuilt::contains))
          .findFirst();
      if (onTop.isPresent()) {
        return Optional.of("view " + onTop.get().name() + ", which this run also changes, reads the views that read the column");
      }
    }
    return Optional.empty();
  }

  /** @return the names of {@code views} */
  static Set<QualifiedName> names(List<View> views) {
    return views.stream().map(View::name).collect(Collectors.toSet());
  }

  /**
   * @return whether a shadow column can take over {@code constraint} of the column: a check (whatever other columns it
   *     reads) or a foreign key on the column alone, added again on the shadow, or a key on the column alone, built as
   *     a unique index on it
   */
  static boolean movable(Constraint constraint, String column) {
    return composable(constraint, column) || key(constraint, column);
  }

  /**
   * @return whether a constraint the run adds on the column can be added on the shadow instead, by its own recipe: a
   *     check or a foreign key on the column alone (a new key's index would be built on the old column)
   */
  static boolean composable(Constraint constraint, String column) {
    return constraint instanceof CheckConstraint || constraint instanceof ForeignKey fk && fk.columns().equals(List.of(column));
  }

  /**
   * @return whether {@code constraint} is a primary key or unique constraint on {@code column} alone that a unique
   *     index can become ({@code USING INDEX}): its index is built on the shadow, and the swap makes it the key
   */
  private static boolean key(Constraint constraint, String column) {
    return (constraint instanceof PrimaryKey || constraint instanceof UniqueConstraint)
        && constraint.columns().equals(List.of(column))
        && RecipeSql.madeFromIndex(constraint);
  }

  /** A foreign key of {@code table} that references a column. */
  private record Referencing(QualifiedName table, ForeignKey key) {}

  /** @return the foreign keys of every table that reference {@code column} of {@code table} */
  private List<Referencing> referencing(QualifiedName table, String column) {
    List<Referencing> referencing = new ArrayList<>();
    for (Table t : tables.values()) {
      t.constraints().stream()
          .filter(c -> c instanceof ForeignKey fk && fk.referencedTable().equals(table) && fk.referencedColumns().contains(column))
          .forEach(c -> referencing.add(new Referencing(t.name(), (ForeignKey) c)));
    }
    referencing.sort(Comparator.comparing((Referencing r) -> r.table().toString()).thenComparing(r -> r.key().name()));
    return referencing;
  }

  /** @return whether the run changes, drops or comments on the object of {@code kind} named so */
  private boolean changedByTheRun(Subject.Kind kind, QualifiedName table, String member) {
    return changedObjects.contains(object(kind.name(), table.schema(), table.name(), member));
  }

  /** @return the key of {@link #changedObjects} for the object a change is about */
  private static List<String> object(Subject subject) {
    return object(subject.kind().name(), subject.schema(), subject.name(), subject.member());
  }

  /** @return the key of {@link #changedObjects}: a comment target's kind names the same kinds as a subject's */
  private static List<String> object(String kind, String schema, String name, String member) {
    return Arrays.asList(kind, schema, name, member);
  }

  /** @return the indexes of {@code table} that use {@code column} and that the run keeps: each is built again on the shadow */
  List<Index> indexesOn(QualifiedName table, String column) {
    return tables.get(table).indexes().stream()
        .filter(i -> Deparsed.mentions(i, column) && !droppedIndexes.contains(i.qualifiedName()))
        .toList();
  }

  /** @return the checks and foreign keys of {@code table} that involve {@code column} and that the run keeps */
  List<Constraint> constraintsOn(QualifiedName table, String column) {
    return tables.get(table).constraints().stream()
        .filter(c -> Deparsed.involves(c, column) && !droppedConstraints.contains(List.of(table, c.name())))
        .toList();
  }

  /**
   * @return the policies, rules, triggers and extended statistics that read {@code column} of {@code table}, as the changes
   *     that create them: the swap drops them before the old column and creates them again on the new one
   */
  List<SchemaChange> swapDependents(QualifiedName table, String column) {
    ColumnRef ref = new ColumnRef(table, column);
    List<SchemaChange> dependents = new ArrayList<>();
    state.policies().stream().filter(p -> p.columns().contains(ref)).forEach(p -> dependents.add(new CreatePolicy(p)));
    state.rules().stream().filter(r -> r.columns().contains(ref)).forEach(r -> dependents.add(new CreateRule(r)));
    tables.get(table).triggers().stream().filter(t -> t.columns().contains(column)).forEach(t -> dependents.add(new CreateTrigger(t)));
    state.statistics().stream().filter(st -> st.table().equals(table) && st.columns().contains(column))
        .forEach(st -> dependents.add(new CreateStatistics(st)));
    return dependents;
  }

  /** @return the first of {@code dependents} that the run changes, drops or comments on, if any */
  private Optional<SchemaChange> changedByTheRun(List<SchemaChange> dependents) {
    return dependents.stream().filter(d -> changedObjects.contains(object(d.subject()))).findFirst();
  }

  /**
   * @param table the table
   * @param column the column as the state the plan starts from has it (after the rename, for a rename)
   * @param movesConstraints whether checks and foreign keys on the column can be added again on the shadow: for a type
   *     change; not for a hinted rename (the constraints attached to the column may be renamed with it) nor for an
   *     enum's replacement (their text names the old type)
   * @param rebuiltViews the views the swap rebuilds (those of the view rebuild that carries a type change): they may
   *     read the column
   * @return why the recipe cannot handle the column, or empty when it can
   */
  Optional<String> unsupported(QualifiedName table, Column column, boolean movesConstraints, Set<QualifiedName> rebuiltViews) {
    Table t = tables.get(table);
    ColumnRef ref = new ColumnRef(table, column.name());
    if (t == null) {
      return Optional.of("the table is new");
    }
    if (t.partitionKey() != null) {
      return Optional.of("the table is partitioned");
    }
    if (!t.parents().isEmpty() || tables.values().stream().anyMatch(o -> o.parents().contains(table))) {
      // a shadow column added to a parent reaches its children, whose rows its trigger does not see
      return Optional.of("the table inherits from another or is inherited from");
    }
    if (column.identity() != null || column.generatedExpression() != null || !movesConstraints && !column.defaultSequences().isEmpty()) {
      return Optional.of("the column is an identity, generated or serial column");
    }
    Optional<Constraint> fixed = t.constraints().stream()
        .filter(c -> Deparsed.involves(c, column.name()) && (!movesConstraints || !movable(c, column.name())))
        .findFirst();
    if (fixed.isPresent()) {
      return Optional.of(!movesConstraints
          ? "a constraint involves the column"
          : "constraint " + fixed.get().name() + " (an exclusion constraint, or a key or foreign key on several columns) involves the column");
    }
    if (t.columns().stream().anyMatch(c -> c.generatedReads().contains(column.name()))) {
      return Optional.of("a generated column reads the column");
    }
    if (state.views().stream().anyMatch(v -> v.dependencies().columns().contains(ref) && !rebuiltViews.contains(v.name()))) {
      return Optional.of("a view reads the column");
    }
    if (movesConstraints) {
      for (Referencing r : referencing(table, column.name())) {
        Table from = tables.get(r.table());
        if (from == null || from.partitionKey() != null) {
          return Optional.of("foreign key " + r.key().name() + " of partitioned table " + r.table() + " references the column");
        }
        boolean columnChanges = r.key().columns().stream().anyMatch(k -> changedByTheRun(Subject.Kind.COLUMN, r.table(), k));
        if (columnChanges || changedByTheRun(Subject.Kind.CONSTRAINT, r.table(), r.key().name())) {
          return Optional.of("foreign key " + r.key().name() + " of " + r.table() + " references the column, and this run changes it"
              + (columnChanges ? " or its column" : "") + "; retype them in runs of their own");
        }
      }
    }
    List<SchemaChange> dependents = swapDependents(table, column.name());
    if (!movesConstraints && !dependents.isEmpty()) {
      // a rename's or an enum's: their text names the old column or the old type
      return Optional.of(dependents.get(0) instanceof CreateTrigger ? "a trigger names the column"
          : dependents.get(0) instanceof CreatePolicy ? "a policy reads the column"
          : dependents.get(0) instanceof CreateRule ? "a rule reads the column" : "extended statistics read the column");
    }
    Optional<SchemaChange> changed = changedByTheRun(dependents);
    if (changed.isPresent()) {
      Subject subject = changed.get().subject();
      return Optional.of(subject.kind().phrase() + " " + (subject.member() != null ? subject.member() : subject.name())
          + " reads the column and this run changes it; the swap would create it again as it is now");
    }
    // What PostgreSQL carries over to a column retyped in place, but not to a new column and its new indexes.
    if (t.statisticsTargets().containsKey(column.name())) {
      return Optional.of("the column has a statistics target, which only a type change in place keeps");
    }
    if (t.columnSettings().containsKey(column.name())) {
      return Optional.of("the column has its own storage, compression or options, which only a type change in place keeps");
    }
    if (t.indexes().stream().anyMatch(i -> Deparsed.mentions(i, column.name())
        && (i.name().equals(t.clusterIndex()) || i.name().equals(t.replicaIdentity().index())))) {
      return Optional.of("an index on the column is the table's clustered or replica identity index, which only a type change in place keeps");
    }
    return Optional.empty();
  }

  /**
   * @param change the change the migrations apply
   * @param table the table
   * @param old the column as it is now (its name and type)
   * @param target the column as it must become; its name may be the old one (a type change)
   * @param oldIndexNames the names the target column's indexes have now, by their final names
   */
  List<Migration> plan(SchemaChange change, QualifiedName table, Column old, Column target, Map<String, String> oldIndexNames) {
    return plan(change, table, old, target, oldIndexNames, TypeChange.via(old.type(), target.type()), null);
  }

  /**
   * @param views the rebuild of the views that read the column, whose views the swap drops and creates again around
   *     the column's replacement, or null
   */
  List<Migration> plan(
      SchemaChange change, QualifiedName table, Column old, Column target, Map<String, String> oldIndexNames, RebuildViews views) {
    return plan(change, table, old, target, oldIndexNames, TypeChange.via(old.type(), target.type()), views);
  }

  /**
   * @param via the type a value passes through on its way between the old and the new type ({@code text} between
   *     two enum types), or empty for a direct cast
   */
  List<Migration> plan(
      SchemaChange change, QualifiedName table, Column old, Column target, Map<String, String> oldIndexNames, String via) {
    return plan(change, table, old, target, oldIndexNames, via, null);
  }

  private List<Migration> plan(
      SchemaChange change, QualifiedName table, Column old, Column target, Map<String, String> oldIndexNames, String via,
      RebuildViews views) {
    Shadow c = shadow(change, table, old, target, via);
    List<Migration> steps = new ArrayList<>();
    steps.add(expand(c));
    steps.add(recipes.backfill(
        table, c.shadow(), "backfill_" + MigrationNames.word(table.name()) + "_" + MigrationNames.word(c.shadow()),
        c.sql().fill(),
        "Copies " + old.name() + " into " + c.shadow() + " for the existing rows of " + table + ", " + "batch by batch.",
        change));
    List<Index> indexes = indexesOn(table, target.name());
    List<SchemaChange> dependents = c.change() instanceof AlterColumn ? swapDependents(table, target.name()) : List.of();
    List<View> readers = views == null ? List.of() : views.dropped(); // the views as they read the old column
    List<View> rebuilt = views == null ? List.of() : views.created(); // and as they read the new one
    Renames renames = new Renames(new ArrayList<>(), new ArrayList<>());
    for (Index index : indexes) {
      steps.add(rebuildIndex(c, index, oldIndexNames, renames));
    }
    List<Constraint> moved = c.change() instanceof AlterColumn ? constraintsOn(table, target.name()) : List.of();
    List<Constraint> constraints = moved.stream().filter(k -> !key(k, target.name())).toList();
    List<Constraint> keys = moved.stream().filter(k -> key(k, target.name())).toList();
    for (Constraint constraint : constraints) {
      steps.addAll(rebuildConstraint(c, constraint, renames));
    }
    for (Constraint key : keys) {
      steps.add(rebuildKeyIndex(c, key));
    }
    if (target.notNull()) {
      steps.addAll(recipes.notNullCheck(table, c.shadow(), change, Phase.EXPAND));
    }
    // (a foreign key may reference a unique index that is no constraint, which the index rebuild above moves)
    Keys keySwap = keys(c, keys, c.change() instanceof AlterColumn ? referencing(table, target.name()) : List.of());
    // A sequence the old column owns (serial) would go with it: the swap hands it over to the new column.
    state.sequences().stream().filter(q -> new ColumnRef(table, old.name()).equals(q.ownedBy())).forEach(q -> {
      keySwap.upFirst().add(RecipeSql.sequenceOwnedBy(q.name(), null));
      keySwap.upLast().add(RecipeSql.sequenceOwnedBy(q.name(), new ColumnRef(table, target.name())));
      keySwap.downFirst().add(RecipeSql.sequenceOwnedBy(q.name(), null));
      keySwap.downLast().add(RecipeSql.sequenceOwnedBy(q.name(), new ColumnRef(table, old.name())));
    });
    steps.add(new Migration(
        MigrationNames.named(c.rename() ? "drop_column_" + MigrationNames.word(table.name()) + "_" + MigrationNames.word(old.name()) : "swap_column_" + c.object(), Phase.CONTRACT),
        c.rename()
            ? "Drops the old column " + old.name() + " of " + table + " and the trigger that kept it in step with " + target.name() + "."
            : "Swaps " + c.shadow() + " in for " + old.name() + " of " + table + ": drops the old column and the trigger, renames the new one"
                + (views == null ? "." : ", and creates the views that read it again on it."),
        Phase.CONTRACT,
        views == null ? change : views,
        around(swapUp(c, constraints, keySwap.locked(), renames.up()), dependents, readers, rebuilt, keySwap.upFirst(),
            keySwap.upLast()),
        around(swapDown(c, indexes, constraints, oldIndexNames, renames.down()), dependents, rebuilt, readers,
            keySwap.downFirst(), keySwap.downLast())));
    steps.addAll(keySwap.validations());
    return steps;
  }

  /** @return the name of the column that takes {@code old}'s place: the new name of a rename, else a temporary one */
  static String shadowName(Column old, Column target) {
    return old.name().equals(target.name()) ? Recipes.truncate(target.name() + "_dovetail_new") : target.name();
  }

  /** The names and SQL of one shadow column: the column, its sync function and trigger. */
  private record Shadow(
      SchemaChange change, QualifiedName table, Column old, Column target, boolean rename, String shadow, String object,
      QualifiedName function, String trigger, ShadowSql sql) {}

  /** Index renames of the swap and of its down. */
  private record Renames(List<Statement> up, List<Statement> down) {}

  private static Shadow shadow(SchemaChange change, QualifiedName table, Column old, Column target, String via) {
    boolean rename = !old.name().equals(target.name());
    String shadow = shadowName(old, target);
    String object = ("public".equals(table.schema()) ? "" : MigrationNames.word(table.schema()) + "_")
        + MigrationNames.word(table.name()) + "_" + MigrationNames.word(target.name());
    String suffix = rename ? old.name() + "_" + target.name() : target.name();
    QualifiedName function = new QualifiedName(table.schema(), Recipes.truncate("dovetail_sync_" + table.name() + "_" + suffix));
    String trigger = Recipes.truncate("dovetail_sync_" + suffix);
    ShadowSql sql = new ShadowSql(table, old.name(), old.type(), shadow, target.type(), via, !rename,
        change instanceof AlterColumn alter ? alter.conversion() : null);
    return new Shadow(change, table, old, target, rename, shadow, object, function, trigger, sql);
  }

  /** @return the expand step: the shadow column and the trigger that keeps it in step */
  private static Migration expand(Shadow c) {
    List<Statement> up = new ArrayList<>();
    Statement addShadow = c.sql().addShadow(c.target().collation()).with(Hazards.SYNC_TRIGGER);
    up.add(c.rename() ? addShadow : addShadow.with(Hazards.CONVERSION));
    up.add(c.sql().createFunction(c.function()));
    up.add(c.sql().createTrigger(c.trigger(), c.function()));
    QualifiedName table = c.table();
    return new Migration(
        MigrationNames.named(c.rename() ? MigrationNames.base(c.change()) : "add_shadow_column_" + c.object(), Phase.EXPAND),
        (c.rename()
                ? "Adds column " + c.shadow() + " to " + table + " next to " + c.old().name() + ", which it replaces"
                : "Adds column " + c.shadow() + " " + c.target().type() + " to " + table + ", to replace " + c.old().name() + " " + c.old().type())
            + ", and a trigger that keeps " + (c.rename() ? "both in step" : "it in step with " + c.old().name()) + " while the old application runs.",
        Phase.EXPAND,
        c.change(),
        up,
        List.of(c.sql().dropTrigger(c.trigger(), false), c.sql().dropFunction(c.function()), RecipeSql.dropColumnIfExists(table, c.shadow())));
  }

  /**
   * @return the step that builds one of the old column's indexes again on the new one, concurrently; the index keeps
   *     its name when that name is free now, else the swap renames it ({@code renames})
   */
  private Migration rebuildIndex(Shadow c, Index index, Map<String, String> oldIndexNames, Renames renames) {
    QualifiedName table = c.table();
    String current = oldIndexNames.getOrDefault(index.name(), index.name());
    boolean free = !current.equals(index.name()) && tables.get(table).indexes().stream().noneMatch(i -> i.name().equals(index.name()) && i != index);
    String buildName = free ? index.name() : Recipes.truncate(index.name() + "_dovetail_new");
    QualifiedName built = new QualifiedName(table.schema(), buildName);
    List<Statement> build = new ArrayList<>();
    build.add(RecipeSql.dropIndexConcurrently(built, table));
    build.add(RecipeSql.createIndexConcurrently(index, buildName, c.target().name(), c.shadow()));
    if (index.comment() != null) {
      build.add(DdlRenderer.commentStatement(indexComment(built), index.comment()));
    }
    if (!free) {
      renames.up().add(RecipeSql.renameIndex(built, index.name(), table));
      renames.down().add(RecipeSql.renameIndex(new QualifiedName(table.schema(), index.name()), buildName, table));
    }
    return new Migration(
        MigrationNames.named("create_index_" + MigrationNames.word(buildName), Phase.EXPAND),
        "Builds index " + buildName + " on " + table + " (" + c.shadow() + ") concurrently, to replace " + current + " on " + c.old().name() + ".",
        Phase.EXPAND,
        c.change(),
        build,
        List.of(RecipeSql.dropIndexConcurrently(built, table)),
        false);
  }

  /**
   * @return the steps that add one of the old column's checks or foreign keys again on the new one: {@code NOT VALID}
   *     under a temporary name (a brief lock, no scan), then validated in a migration of its own when the constraint is
   *     valid now; the swap gives it its own name ({@code renames})
   */
  private List<Migration> rebuildConstraint(Shadow c, Constraint constraint, Renames renames) {
    QualifiedName table = c.table();
    String buildName = Recipes.truncate(constraint.name() + "_dovetail_new");
    List<Statement> add = new ArrayList<>();
    add.add(RecipeSql.addConstraintNotValid(table, constraint, buildName, c.target().name(), c.shadow()));
    if (constraint.comment() != null) {
      add.add(DdlRenderer.commentStatement(constraintComment(table, buildName), constraint.comment()));
    }
    renames.up().add(RecipeSql.renameConstraint(table, buildName, constraint.name()));
    renames.down().add(RecipeSql.renameConstraint(table, constraint.name(), buildName));
    String object = MigrationNames.word(table.name()) + "_" + MigrationNames.word(buildName);
    List<Migration> steps = new ArrayList<>();
    steps.add(new Migration(
        MigrationNames.named("add_constraint_" + object, Phase.EXPAND),
        "Adds constraint " + buildName + " to " + table + " on " + c.shadow() + " NOT VALID, to replace " + constraint.name()
            + " on " + c.old().name() + ": new rows are checked from now on"
            + (constraint.validated() ? ", existing rows by the next migration." : "; it stays NOT VALID, as declared."),
        Phase.EXPAND,
        c.change(),
        add,
        List.of(RecipeSql.dropConstraintIfExists(table, buildName, constraint))));
    if (constraint.validated()) {
      steps.add(new Migration(
          MigrationNames.named("validate_constraint_" + object, Phase.EXPAND),
          "Validates constraint " + buildName + " of " + table + " against the existing rows.",
          Phase.EXPAND,
          c.change(),
          List.of(RecipeSql.validateConstraint(table, constraint, buildName).with(Hazards.VALIDATE_SCAN)),
          Recipes.notValidAgain(table, constraint, buildName, add)));
    }
    return steps;
  }

  /**
   * @return {@code swap} with what reads the column taken off first, right after the table's lock (the policies,
   *     triggers and statistics, then the views {@code dropped}, the last created first), and put back last on the
   *     column that is there then (the views {@code created}, then the rest); {@code swap} itself when nothing reads it
   */
  private List<Statement> around(
      List<Statement> swap, List<SchemaChange> dependents, List<View> dropped, List<View> created, List<Statement> keysFirst,
      List<Statement> keysLast) {
    if (dependents.isEmpty() && dropped.isEmpty() && keysFirst.isEmpty() && keysLast.isEmpty()) {
      return swap;
    }
    List<Statement> statements = new ArrayList<>();
    int lock = swap.get(0).sql().startsWith("LOCK TABLE") ? 1 : 0;
    statements.addAll(swap.subList(0, lock));
    dependents.forEach(d -> statements.addAll(recipes.render(d.inverse())));
    List<View> reversed = new ArrayList<>(dropped);
    Collections.reverse(reversed);
    reversed.forEach(v -> statements.add(DdlRenderer.dropView(v)));
    statements.addAll(keysFirst);
    statements.addAll(swap.subList(lock, swap.size()));
    statements.addAll(keysLast);
    created.forEach(v -> statements.addAll(DdlRenderer.createView(v)));
    dependents.forEach(d -> statements.addAll(recipes.render(d)));
    return statements;
  }

  /**
   * What the swap does for the keys on the column: the tables whose foreign keys reference them, locked with the
   * table; in the up, those foreign keys dropped first and, last, the unique indexes built on the shadow made the keys
   * and the foreign keys added back {@code NOT VALID}; in the down, the keys and foreign keys taken off first (the
   * indexes built again under their temporary names) and put back last on the old column, validated; and after the
   * swap, the foreign keys validated in migrations of their own.
   */
  private record Keys(
      Set<QualifiedName> locked, List<Statement> upFirst, List<Statement> upLast, List<Statement> downFirst,
      List<Statement> downLast, List<Migration> validations) {}

  private Keys keys(Shadow c, List<Constraint> keys, List<Referencing> referencing) {
    QualifiedName table = c.table();
    Keys result = new Keys(new TreeSet<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    referencing.forEach(r -> result.locked().add(r.table()));
    for (Referencing r : referencing) {
      result.upFirst().add(RecipeSql.dropConstraint(r.table(), r.key().name(), r.key()));
      result.downFirst().add(RecipeSql.dropConstraint(r.table(), r.key().name(), r.key()));
    }
    for (Constraint key : keys) {
      String indexName = keyIndexName(key);
      RecipeSql.KeyIndex index = RecipeSql.keyIndex(table, key, indexName).orElseThrow();
      result.upLast().add(index.addConstraint());
      result.upLast().addAll(keyComments(table, key));
      result.downFirst().add(RecipeSql.dropConstraint(table, key.name()));
      result.downFirst().add(RecipeSql.createIndex(index.index(), indexName, c.target().name(), c.target().name()));
      result.downLast().addAll(recipes.render(new AddConstraint(table, key)));
    }
    for (Referencing r : referencing) {
      List<Statement> addNotValid = new ArrayList<>(List.of(RecipeSql.addConstraintNotValid(r.table(), r.key())));
      if (r.key().comment() != null) {
        addNotValid.add(DdlRenderer.commentStatement(constraintComment(r.table(), r.key().name()), r.key().comment()));
      }
      result.upLast().addAll(addNotValid);
      result.downLast().addAll(recipes.render(new AddConstraint(r.table(), r.key())));
      if (r.key().validated()) {
        String object = MigrationNames.word(r.table().name()) + "_" + MigrationNames.word(r.key().name());
        result.validations().add(new Migration(
            MigrationNames.named("validate_fk_" + object, Phase.CONTRACT),
            "Validates foreign key " + r.key().name() + " of " + r.table() + ", added back NOT VALID by the swap of "
                + c.old().name() + " of " + table + ", against the existing rows.",
            Phase.CONTRACT,
            c.change(),
            List.of(RecipeSql.validateConstraint(r.table(), r.key()).with(Hazards.VALIDATE_SCAN)),
            Recipes.notValidAgain(r.table(), r.key(), r.key().name(), addNotValid)));
      }
    }
    return result;
  }

  /** @return the temporary name of the unique index a key on the column is built as on the shadow */
  private static String keyIndexName(Constraint key) {
    return Recipes.truncate(key.name() + "_dovetail_new");
  }

  /** @return the comments of a key made from an index: its own, and its index's */
  private static List<Statement> keyComments(QualifiedName table, Constraint key) {
    List<Statement> comments = new ArrayList<>();
    if (key.comment() != null) {
      comments.add(DdlRenderer.commentStatement(constraintComment(table, key.name()), key.comment()));
    }
    if (key.indexComment() != null) {
      comments.add(DdlRenderer.commentStatement(indexComment(new QualifiedName(table.schema(), key.name())), key.indexComment()));
    }
    return comments;
  }

  /**
   * @return the step that builds the unique index of a key on the column again on the new one, concurrently, under a
   *     temporary name: the swap makes it the key ({@code USING INDEX}), which gives it the key's name
   */
  private Migration rebuildKeyIndex(Shadow c, Constraint key) {
    QualifiedName table = c.table();
    String indexName = keyIndexName(key);
    RecipeSql.KeyIndex index = RecipeSql.keyIndex(table, key, indexName).orElseThrow();
    QualifiedName built = new QualifiedName(table.schema(), indexName);
    return new Migration(
        MigrationNames.named("create_unique_index_" + MigrationNames.word(indexName), Phase.EXPAND),
        "Builds unique index " + indexName + " on " + table + " (" + c.shadow() + ") concurrently, to become "
            + (index.primaryKey() ? "the primary key " : "the unique constraint ") + key.name() + " at the swap.",
        Phase.EXPAND,
        c.change(),
        List.of(
            RecipeSql.dropIndexConcurrently(built, table),
            RecipeSql.createIndexConcurrently(index.index(), indexName, c.target().name(), c.shadow())
                .with(Hazards.CONCURRENT_BUILD, Hazards.CONCURRENT_BUILD_TIME)),
        List.of(RecipeSql.dropIndexConcurrently(built, table).with(Hazards.CONCURRENT_DROP)),
        false);
  }

  /** @return the swap: one short transaction under the table's lock; nothing in it scans or rewrites */
  private static List<Statement> swapUp(Shadow c, List<Constraint> constraints, Set<QualifiedName> referencing, List<Statement> renames) {
    QualifiedName table = c.table();
    Column target = c.target();
    // The old column's foreign keys go with it, and with them their triggers on the tables they reference.
    Set<QualifiedName> referenced = new TreeSet<>();
    constraints.stream().filter(k -> k instanceof ForeignKey).map(k -> ((ForeignKey) k).referencedTable())
        .filter(t -> !t.equals(table)).forEach(referenced::add);
    Set<QualifiedName> locked = new TreeSet<>(referenced);
    locked.addAll(referencing);
    List<Statement> up = new ArrayList<>();
    up.add(RecipeSql.lockTables(table, locked).with(Hazards.SWAP));
    up.add(c.sql().dropTrigger(c.trigger(), true));
    up.add(c.sql().dropFunction(c.function()));
    up.add(RecipeSql.dropColumn(table, c.old().name(), referenced));
    if (!c.rename()) {
      up.add(RecipeSql.renameColumn(table, c.shadow(), target.name()));
    }
    up.addAll(renames);
    if (target.defaultExpression() != null) {
      up.add(RecipeSql.setDefault(table, target.name(), target.defaultExpression()));
    }
    if (target.notNull()) {
      up.add(RecipeSql.setNotNull(table, target.name()));
      up.add(RecipeSql.dropConstraint(table, Recipes.notNullCheckName(table, c.shadow())));
    }
    if (target.comment() != null) {
      up.add(DdlRenderer.commentStatement(columnComment(table, target.name()), target.comment()));
    }
    return up;
  }

  /** @return the swap's down: back to the state before the swap, the old column filled from the new one */
  private static List<Statement> swapDown(
      Shadow c, List<Index> indexes, List<Constraint> constraints, Map<String, String> oldIndexNames, List<Statement> renames) {
    QualifiedName table = c.table();
    Column old = c.old();
    Column target = c.target();
    List<Statement> down = new ArrayList<>();
    if (target.notNull()) {
      down.add(RecipeSql.dropNotNull(table, target.name()));
    }
    if (target.defaultExpression() != null) {
      down.add(RecipeSql.dropDefault(table, target.name()));
    }
    down.addAll(renames);
    if (!c.rename()) {
      down.add(RecipeSql.renameColumn(table, target.name(), c.shadow()));
    }
    if (target.comment() != null) {
      // the new column had no comment before the swap gave it one
      down.add(DdlRenderer.commentStatement(columnComment(table, c.shadow()), null));
    }
    down.add(RecipeSql.addColumn(table, old.name(), old.type(), old.collation()));
    down.add(c.sql().copyBack().with(Hazards.DOWN_COPY));
    if (old.defaultExpression() != null) {
      down.add(RecipeSql.setDefault(table, old.name(), old.defaultExpression()));
    }
    if (old.notNull()) {
      down.add(RecipeSql.setNotNull(table, old.name()));
    }
    // A type change's comment change of the same run (expand) ran before the swap: the old column had the new comment then.
    String oldComment = c.rename() ? old.comment() : target.comment();
    if (oldComment != null) {
      down.add(DdlRenderer.commentStatement(columnComment(table, old.name()), oldComment));
    }
    for (Index index : indexes) {
      String current = oldIndexNames.getOrDefault(index.name(), index.name());
      down.add(RecipeSql.createIndex(index, current, target.name(), old.name()));
      if (index.comment() != null) {
        down.add(DdlRenderer.commentStatement(indexComment(new QualifiedName(table.schema(), current)), index.comment()));
      }
    }
    for (Constraint constraint : constraints) {
      down.add(RecipeSql.addConstraint(table, constraint, target.name(), old.name()));
      if (constraint.comment() != null) {
        down.add(DdlRenderer.commentStatement(constraintComment(table, constraint.name()), constraint.comment()));
      }
    }
    if (target.notNull()) {
      down.add(RecipeSql.addNotNullCheck(table, Recipes.notNullCheckName(table, c.shadow()), c.shadow(), false));
    }
    down.add(c.sql().createFunction(c.function()));
    down.add(c.sql().createTrigger(c.trigger(), c.function()));
    return down;
  }

  private static CommentTarget columnComment(QualifiedName table, String column) {
    return new CommentTarget(CommentTarget.Kind.COLUMN, table.schema(), table.name(), column);
  }

  private static CommentTarget constraintComment(QualifiedName table, String constraint) {
    return new CommentTarget(CommentTarget.Kind.CONSTRAINT, table.schema(), table.name(), constraint);
  }

  static CommentTarget indexComment(QualifiedName index) {
    return new CommentTarget(CommentTarget.Kind.INDEX, index.schema(), index.name(), null);
  }
}
