package dev.dovetail.diff.plan;

import dev.dovetail.core.change.AddColumn;
import dev.dovetail.core.change.AddConstraint;
import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.AlterEnum;
import dev.dovetail.core.change.AlterPartitionBound;
import dev.dovetail.core.change.AlterPolicy;
import dev.dovetail.core.change.AttachedRename;
import dev.dovetail.core.change.ColumnAspect;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.change.CreatePartition;
import dev.dovetail.core.change.CreatePolicy;
import dev.dovetail.core.change.CreateRule;
import dev.dovetail.core.change.CreateStatistics;
import dev.dovetail.core.change.CreateView;
import dev.dovetail.core.change.DropIndex;
import dev.dovetail.core.change.DropPartition;
import dev.dovetail.core.change.DropPolicy;
import dev.dovetail.core.change.DropRule;
import dev.dovetail.core.change.RebuildViews;
import dev.dovetail.core.change.RenameColumn;
import dev.dovetail.core.change.RenameTable;
import dev.dovetail.core.change.ReplaceView;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.Subject;
import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ColumnRef;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.EnumType;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.PrimaryKey;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.model.UniqueConstraint;
import dev.dovetail.core.plan.Hazard;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationNames;
import dev.dovetail.core.plan.Phase;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.diff.sql.BackfillSql;
import dev.dovetail.diff.sql.BackfillSql.Fill;
import dev.dovetail.diff.sql.DdlRenderer;
import dev.dovetail.diff.sql.Deparsed;
import dev.dovetail.diff.sql.Hazards;
import dev.dovetail.diff.sql.PgIndexNames;
import dev.dovetail.diff.sql.RecipeSql;
import dev.dovetail.diff.sql.TypeChange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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

  private final DdlRenderer renderer;
  private final PlanOptions options;
  private final Map<QualifiedName, Table> tables = new HashMap<>();
  /** The partitions that exist and are not partitioned again: a key or check is added to them as to a table. */
  private final Set<QualifiedName> partitions = new HashSet<>();
  /** The partitions that are partitioned again: like a partitioned table, they build no index concurrently. */
  private final Set<QualifiedName> partitionedPartitions = new HashSet<>();
  /** The partitions of each partitioned table and partition partitioned again. */
  private final Map<QualifiedName, List<Partition>> partitionsOf = new HashMap<>();
  /** The names the current schema's tables, partitions, views, sequences, indexes and keys take. */
  private final Set<QualifiedName> relationNames = new HashSet<>();
  private final ShadowColumn shadow;

  /**
   * The columns a rewriting type change of the run moves to a shadow column, with the shadow's name: the indexes,
   * foreign keys and checks other changes of the run build on such a column are built on the shadow, which takes the
   * column's place at the swap, so the type change stays online when combined with them.
   */
  private final Map<ColumnRef, String> shadowed = new HashMap<>();

  /** Why a column's rewriting type change cannot use a shadow column under a temporary name, by column. */
  private final Map<ColumnRef, String> notShadowed = new HashMap<>();

  private final List<SchemaChange> changes;

  /**
   * @param changes every change of the run: what other changes build on a column decides whether its type change can
   *     move it to a shadow column
   */
  Recipes(DdlRenderer renderer, PlanOptions options, DatabaseSchema current, List<SchemaChange> changes) {
    this.renderer = renderer;
    this.options = options;
    current.tables().forEach(t -> tables.put(t.name(), t));
    for (Table t : current.tables()) {
      relationNames.add(t.name());
      t.indexes().forEach(i -> relationNames.add(i.qualifiedName()));
      t.constraints().forEach(k -> relationNames.add(new QualifiedName(t.name().schema(), k.name())));
      if (t.partitionKey() != null) {
        partitionsOf.put(t.name(), t.partitions());
      }
      for (Partition p : t.allPartitions()) {
        (p.partitionKey() == null ? partitions : partitionedPartitions).add(p.name());
        relationNames.add(p.name());
        p.indexes().forEach(i -> relationNames.add(i.qualifiedName()));
        p.constraints().forEach(k -> relationNames.add(new QualifiedName(p.name().schema(), k.name())));
        if (p.partitionKey() != null) {
          partitionsOf.put(p.name(), p.partitions());
        }
      }
    }
    current.views().forEach(v -> relationNames.add(v.name()));
    current.sequences().forEach(q -> relationNames.add(q.name()));
    Set<SchemaChange> policiesAround = policiesAroundRetypes(changes);
    List<SchemaChange> considered = changes.stream().filter(c -> !policiesAround.contains(c)).toList();
    this.shadow = new ShadowColumn(this, current, tables, considered);
    this.changes = changes;
    for (SchemaChange change : considered) {
      Optional<AlterColumn> retype = retype(change);
      if (retype.isPresent()) {
        AlterColumn c = retype.get();
        RebuildViews views = change instanceof RebuildViews r ? r : null;
        ColumnRef column = new ColumnRef(c.table(), c.from().name());
        List<SchemaChange> others = considered.stream().filter(o -> o != change).toList();
        Optional<String> unsupported = builtOn(others, column, true)
            .or(() -> views == null ? Optional.empty() : ShadowColumn.unsupported(views, others))
            .or(() -> shadow.unsupported(c.table(), c.from(), true, views == null ? Set.of() : ShadowColumn.names(views.dropped())));
        if (unsupported.isPresent()) {
          notShadowed.put(column, unsupported.get());
        } else {
          shadowed.put(column, ShadowColumn.shadowName(c.from(), c.to()));
        }
      }
    }
    shadowedTogether(considered);
    for (SchemaChange change : policiesAround) {
      if (columnsRead(change).stream().filter(retypes(changes)::contains).allMatch(shadowed::containsKey)) {
        absorbed.add(change);
      }
    }
    for (SchemaChange change : changes) {
      if (change instanceof CreateIndex c && partitioned(c.index().table()) && !changesPartitionsOf(c.index().table())) {
        reattach(c.index(), partitionsOf.getOrDefault(c.index().table(), List.of()), changes);
      }
    }
  }

  /**
   * A partition's own index that the run drops while it creates an index of the same keys on the partitioned table
   * (where PostgreSQL's {@code CREATE INDEX} would have taken it over, as a declared {@code ALTER INDEX … ATTACH
   * PARTITION} does): the recipe attaches it instead of building another (and renames it as PostgreSQL names the
   * indexes it builds on partitions), and its drop is absorbed.
   */
  private void reattach(Index index, List<Partition> below, List<SchemaChange> changes) {
    for (Partition partition : below) {
      if (partition.partitionKey() != null) {
        reattach(index, partition.partitions(), changes);
        continue;
      }
      changes.stream()
          .filter(c -> c instanceof DropIndex d && d.index().table().equals(partition.name()) && sameKeys(d.index(), index)
              && !absorbed.contains(d))
          .findFirst()
          .ifPresent(d -> {
            absorbed.add(d);
            reattached.put(partition.name(), ((DropIndex) d).index());
          });
    }
  }

  /** @return the columns a policy or a table's rule that {@code change} drops or creates reads; empty for other changes */
  private static List<ColumnRef> columnsRead(SchemaChange change) {
    return change instanceof DropPolicy d ? d.policy().columns()
        : change instanceof CreatePolicy c ? c.policy().columns()
        : change instanceof DropRule d ? d.rule().columns()
        : change instanceof CreateRule c ? c.rule().columns()
        : List.of();
  }

  /**
   * The policy and rule drops and creations the swaps of shadow columns make: a policy or a table's rule that reads a
   * retyped column and stays as it is comes as a drop and a creation around the type change (PostgreSQL refuses to
   * retype a column a policy or rule reads); when every retyped column it reads moves to a shadow column, the swap takes
   * it off and puts it back.
   */
  private final Set<SchemaChange> absorbed = new HashSet<>();

  /** By partition, the index of its own that a new index of its partitioned table takes over ({@link #reattach}). */
  private final Map<QualifiedName, Index> reattached = new HashMap<>();

  /** @return the columns of rewriting type changes of the run */
  private static Set<ColumnRef> retypes(List<SchemaChange> changes) {
    Set<ColumnRef> columns = new HashSet<>();
    changes.forEach(change -> retype(change).ifPresent(c -> columns.add(new ColumnRef(c.table(), c.from().name()))));
    return columns;
  }

  /**
   * @return the rewriting type change {@code change} is, or carries as the one change of a view rebuild: the shadow
   *     column recipe's to take
   */
  private static Optional<AlterColumn> retype(SchemaChange change) {
    Optional<AlterColumn> column = change instanceof AlterColumn a ? Optional.of(a)
        : change instanceof RebuildViews r && r.changes().size() == 1 && r.changes().get(0) instanceof AlterColumn a ? Optional.of(a)
        : Optional.empty();
    return column.filter(Recipes::rewrites);
  }

  /** @return the drop and creation of each policy and table rule that stays as it is and reads a column the run retypes */
  private static Set<SchemaChange> policiesAroundRetypes(List<SchemaChange> changes) {
    Set<ColumnRef> retyped = retypes(changes);
    Set<SchemaChange> around = new HashSet<>();
    for (SchemaChange change : changes) {
      SchemaChange back = change instanceof DropPolicy drop ? new CreatePolicy(drop.policy())
          : change instanceof DropRule drop ? new CreateRule(drop.rule())
          : null;
      if (back != null && columnsRead(change).stream().anyMatch(retyped::contains) && changes.contains(back)) {
        around.add(change);
        around.add(back);
      }
    }
    return around;
  }

  /**
   * Takes back the shadow columns of two columns of one table that an index or a check (the table's, or one the run
   * creates) reads together: built on one shadow, it would still read the other's old column, which the swap drops.
   * Both type changes are then made in place.
   */
  private void shadowedTogether(List<SchemaChange> changes) {
    Map<QualifiedName, List<String>> byTable = new HashMap<>();
    shadowed.keySet().stream().sorted(Comparator.comparing(ColumnRef::column))
        .forEach(c -> byTable.computeIfAbsent(c.table(), t -> new ArrayList<>()).add(c.column()));
    for (Map.Entry<QualifiedName, List<String>> entry : byTable.entrySet()) {
      QualifiedName table = entry.getKey();
      if (entry.getValue().size() < 2) {
        continue;
      }
      Map<String, Predicate<String>> users = new LinkedHashMap<>();
      for (String column : entry.getValue()) {
        shadow.indexesOn(table, column).forEach(i -> users.put("index " + i.name(), n -> Deparsed.mentions(i, n)));
        shadow.constraintsOn(table, column).forEach(k -> users.put("constraint " + k.name(), n -> Deparsed.involves(k, n)));
      }
      for (SchemaChange change : changes) {
        if (change instanceof CreateIndex c && c.index().table().equals(table)) {
          users.put("index " + c.index().name(), n -> Deparsed.mentions(c.index(), n));
        } else if (change instanceof AddConstraint c && c.table().equals(table)) {
          users.put("constraint " + c.constraint().name(), n -> Deparsed.involves(c.constraint(), n));
        }
      }
      users.forEach((user, uses) -> {
        List<String> read = entry.getValue().stream().filter(uses).toList();
        if (read.size() > 1) {
          for (String column : read) {
            ColumnRef ref = new ColumnRef(table, column);
            shadowed.remove(ref);
            notShadowed.putIfAbsent(ref, user + " reads " + String.join(" and ", read) + ", which this run all retypes");
          }
        }
      });
    }
  }

  /** @return whether a column change is a rewriting type change the shadow column recipe can take */
  private static boolean rewrites(AlterColumn change) {
    return change.aspects().contains(ColumnAspect.TYPE)
        && (change.conversion() != null && change.conversion().expression() != null
            || !TypeChange.withoutRewrite(change.from().type(), change.to().type()))
        && SHADOW_ASPECTS.containsAll(change.aspects());
  }

  /**
   * @return what another change of the run builds on {@code column} that a shadow column cannot take over, or empty:
   *     indexes on the column alone, foreign keys on it alone and checks that name no other column are built on the
   *     shadow; anything else (a key, a trigger, a policy, a view reading the column) would go with the old column at
   *     the swap
   * @param composes whether indexes, foreign keys and checks on the column are built on the shadow (a type change);
   *     else they too are in the way (an enum replaced late, after what the run builds)
   */
  private Optional<String> builtOn(List<SchemaChange> changes, ColumnRef column, boolean composes) {
    return blocker(changes, column, composes)
        .map(reason -> reason + "; generate the type change in a run of its own to get the online recipe");
  }

  private Optional<String> blocker(List<SchemaChange> changes, ColumnRef column, boolean composes) {
    QualifiedName table = column.table();
    String name = column.column();
    for (SchemaChange change : changes) {
      Optional<String> reason = Optional.empty();
      if (change instanceof RebuildViews c) {
        reason = blocker(c.changes(), column, composes);
        if (reason.isEmpty() && c.created().stream().anyMatch(v -> v.dependencies().columns().contains(column))) {
          reason = Optional.of("a view this run rebuilds reads the column");
        }
      } else if (change instanceof CreateView c && c.view().dependencies().columns().contains(column)
          || change instanceof ReplaceView r && r.to().dependencies().columns().contains(column)) {
        reason = Optional.of("a view this run creates reads the column");
      } else if (change instanceof CreateIndex c && c.index().table().equals(table)) {
        if (!composes && Deparsed.mentions(c.index(), name)) {
          reason = Optional.of("index " + c.index().name() + " of this run uses the column");
        }
      } else if (change instanceof AddConstraint c && c.table().equals(table)) {
        Constraint constraint = c.constraint();
        boolean on = Deparsed.involves(constraint, name);
        if (on && (!composes || !ShadowColumn.composable(constraint, name))) {
          reason = Optional.of("constraint " + constraint.name() + " of this run involves the column");
        }
      } else if (change instanceof CreateStatistics c && c.statistics().table().equals(table)
          && c.statistics().columns().contains(name)) {
        reason = Optional.of("extended statistics of this run read the column");
      } else if (change instanceof CreatePolicy c && c.policy().columns().contains(column)
          || change instanceof AlterPolicy a && a.to().columns().contains(column)) {
        reason = Optional.of("a policy of this run reads the column");
      } else if (change instanceof CreateRule c && c.rule().columns().contains(column)) {
        reason = Optional.of("a rule of this run reads the column");
      } else if (change.subject().kind() == Subject.Kind.TRIGGER && change.subject().verb().adds()
          && change.subject().qualifiedName().equals(table)) {
        reason = Optional.of("a trigger of this run is on the table");
      }
      if (reason.isPresent()) {
        return reason;
      }
    }
    return Optional.empty();
  }

  /** A column of the run that moves to a shadow column, and the shadow's name. */
  private record Shadowed(String column, String shadow) {}

  /** @return the column of {@code table} moving to a shadow column that {@code on} accepts, if any */
  private Optional<Shadowed> shadowed(QualifiedName table, java.util.function.Predicate<String> on) {
    return shadowed.entrySet().stream()
        .filter(e -> e.getKey().table().equals(table) && on.test(e.getKey().column()))
        .map(e -> new Shadowed(e.getKey().column(), e.getValue()))
        .findFirst();
  }

  /**
   * @return the migrations that apply {@code change}, in order; only steps in {@link Phase#CONTRACT} may be
   *     deferred past later changes
   */
  List<Migration> of(SchemaChange change) {
    if (!options.zeroDowntime()) {
      return List.of(change instanceof CreateIndex c && adoptsAnOwnIndex(c.index())
          ? partitionedIndex(c, partitionsOf.get(c.index().table()), false)
          : plain(change));
    }
    if (absorbed.contains(change)) {
      // the swap of a shadow column takes the policy off and puts it back; a new index of a partitioned table attaches
      // the partition's own index instead of its drop
      return List.of();
    }
    Optional<List<Migration>> recipe = Optional.empty();
    if (change instanceof CreateIndex c) {
      recipe = createIndex(c);
    } else if (change instanceof DropIndex c) {
      recipe = dropIndex(c);
    } else if (change instanceof AddConstraint c) {
      recipe = addConstraint(c);
    } else if (change instanceof AlterColumn c) {
      recipe = alterColumn(c, null);
    } else if (change instanceof RebuildViews c && retype(c).isPresent()) {
      recipe = alterColumn(retype(c).get(), c); // its views are rebuilt in the swap of a shadow column
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

  /** @return the plain statements of {@code change}, from the one renderer */
  List<Statement> render(SchemaChange change) {
    return renderer.render(change);
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
      List<Partition> below = partitionsOf.getOrDefault(index.table(), List.of());
      if (below.isEmpty() || changesPartitionsOf(index.table())) {
        return Optional.of(List.of(withHazard(plain(change), Hazards.NO_CONCURRENT_ON_PARTITIONED)));
      }
      return Optional.of(List.of(partitionedIndex(change, below, true)));
    }
    Optional<Shadowed> moved = shadowed(index.table(), column -> Deparsed.mentions(index, column));
    List<Statement> up = new ArrayList<>();
    up.add(dropInvalidLeftover(index));
    List<Statement> plainUp = renderer.render(change);
    up.add((moved.isPresent()
            ? RecipeSql.createIndexConcurrently(index, index.name(), moved.get().column(), moved.get().shadow())
            : RecipeSql.createIndexConcurrently(index))
        .with(Hazards.CONCURRENT_BUILD, Hazards.CONCURRENT_BUILD_TIME));
    up.addAll(plainUp.subList(1, plainUp.size())); // the comment, if any
    String how = moved.isPresent()
        ? " Built concurrently on " + moved.get().shadow() + ", the column that takes the place of " + moved.get().column()
            + " at the swap of its type change: writes go on during the build."
        : " Built concurrently: writes go on during the build.";
    return Optional.of(List.of(
        new Migration(
            MigrationNames.of(change, Phase.EXPAND),
            Planner.describe(change) + how,
            Phase.EXPAND,
            change,
            up,
            List.of(dropIndexConcurrently(index)),
            false)));
  }

  /**
   * An index of a partitioned table that has partitions, built the way PostgreSQL's documentation gives for large
   * tables: the table's index {@code ON ONLY} (INVALID, nothing built), an index of each partition built {@code
   * CONCURRENTLY} (partitions partitioned again get theirs {@code ON ONLY} too), then all attached in one block, which
   * makes the table's index valid, and named as PostgreSQL names them. Writes go on during the builds; and unlike
   * {@code CREATE INDEX} on the table, an index a partition has of its own is never taken over. A failed build leaves
   * no index attached, so the file runs again from the start. Not while the run adds, drops or moves partitions of
   * the table (they would miss their index): then the plain build, with its hazard. Without the recipes
   * ({@code concurrently} false) the same statements, plain and in one transaction, where a plain {@code CREATE
   * INDEX} would take over an index of a partition's own ({@link #adoptsAnOwnIndex}).
   */
  private Migration partitionedIndex(CreateIndex change, List<Partition> below, boolean concurrently) {
    Index index = change.index();
    List<Statement> up = new ArrayList<>();
    up.add(RecipeSql.createIndexOnOnly(index));
    List<Statement> plainUp = renderer.render(change);
    up.addAll(plainUp.subList(1, plainUp.size())); // the comment, if any: the attachments end the file
    Map<QualifiedName, QualifiedName> attachments = new LinkedHashMap<>();
    Map<QualifiedName, List<String>> names = new LinkedHashMap<>();
    buildOnPartitions(index, index.qualifiedName(), below, concurrently, up, attachments, names);
    up.add(RecipeSql.attachIndexes(attachments, names));
    // dropping the table's index drops the partitions' indexes attached to it: those that were their own come back
    List<Statement> down = new ArrayList<>(renderer.render(change.inverse()));
    List<Index> taken = below.stream().flatMap(p -> p.tree().stream())
        .map(p -> concurrently ? reattached.get(p.name()) : null).filter(Objects::nonNull).toList();
    for (Index own : taken) {
      List<Statement> plainCreate = renderer.render(new CreateIndex(own));
      down.add(dropInvalidLeftover(own));
      down.add(RecipeSql.createIndexConcurrently(own).with(Hazards.CONCURRENT_BUILD, Hazards.CONCURRENT_BUILD_TIME));
      down.addAll(plainCreate.subList(1, plainCreate.size()));
    }
    String takenOver = taken.isEmpty() ? ""
        : " Attaches the index a partition had of its own where the run drops it ("
            + String.join(", ", taken.stream().map(i -> i.qualifiedName().toString()).toList()) + ") instead of building another.";
    return new Migration(
        MigrationNames.of(change, Phase.EXPAND),
        Planner.describe(change) + (concurrently
            ? " Built on each partition concurrently, then attached to the index of the table, created ON ONLY: writes go"
                + " on during the builds."
            : " Built on each partition, then attached to the index of the table, created ON ONLY: the indexes the"
                + " partitions have of their own stay theirs.") + takenOver,
        Phase.EXPAND,
        change,
        up,
        down,
        !concurrently);
  }

  /** The index of each partition below {@code parent}, children before the index they are attached to. */
  private void buildOnPartitions(Index index, QualifiedName parent, List<Partition> partitions, boolean concurrently,
      List<Statement> up, Map<QualifiedName, QualifiedName> attachments, Map<QualifiedName, List<String>> names) {
    for (Partition partition : partitions) {
      Index kept = concurrently ? reattached.get(partition.name()) : null;
      if (kept != null) {
        // the partition's own index, attached as it is (nothing to build), and named as PostgreSQL names the index it
        // builds for the table's: the model cannot tell it from one built so
        if (kept.comment() != null) {
          up.add(DdlRenderer.commentStatement(ShadowColumn.indexComment(kept.qualifiedName()), null));
        }
        attachments.put(kept.qualifiedName(), parent);
        names.put(kept.qualifiedName(), PgIndexNames.candidates(index, partition.name().name(), NAME_PASSES));
        continue;
      }
      QualifiedName own = new QualifiedName(partition.name().schema(), partitionIndexName(index, partition.name()));
      names.put(own, PgIndexNames.candidates(index, partition.name().name(), NAME_PASSES));
      boolean partitioned = partition.partitionKey() != null;
      Statement build = RecipeSql.createIndexOnPartition(index, own.name(), partition.name(), partitioned, concurrently);
      if (partitioned) {
        up.add(build);
        buildOnPartitions(index, own, partition.partitions(), concurrently, up, attachments, names);
      } else if (concurrently) {
        // a build of an earlier run that failed, or that the attachments after it did not reach
        up.add(RecipeSql.dropIndexConcurrently(own, partition.name()));
        up.add(build.with(Hazards.CONCURRENT_BUILD, Hazards.CONCURRENT_BUILD_TIME));
      } else {
        up.add(build.with(Hazards.INDEX_BUILD_BLOCKS_WRITES));
      }
      attachments.put(own, parent);
    }
  }

  /**
   * @return whether a plain {@code CREATE INDEX} of {@code index} on its partitioned table would take over an index
   *     a partition has of its own, as PostgreSQL does with one of the same keys, instead of building one (the
   *     partition would lose its own index); a different operator class or collation is not told apart, which only
   *     builds the index in the longer form where the plain one would do
   */
  private boolean adoptsAnOwnIndex(Index index) {
    List<Partition> below = partitionsOf.get(index.table());
    if (below == null || changesPartitionsOf(index.table())) {
      return false;
    }
    return below.stream().flatMap(p -> p.tree().stream()).flatMap(p -> p.indexes().stream())
        .anyMatch(own -> sameKeys(own, index));
  }

  /** @return whether PostgreSQL would attach {@code own} to {@code index} (the same keys, method, uniqueness, predicate) */
  private static boolean sameKeys(Index own, Index index) {
    return own.unique() == index.unique() && own.method().equals(index.method()) && own.keys().equals(index.keys())
        && own.include().equals(index.include()) && Objects.equals(own.predicate(), index.predicate());
  }

  /** How many of PostgreSQL's names for an index built on a partition the file tries ({@code idx} to {@code idx9}). */
  private static final int NAME_PASSES = 10;

  /**
   * @return {@code <partition>_<index>} as Dovetail names the index it builds on a partition for an index of the
   *     table until it is attached (and renamed as PostgreSQL would name it), cut to 63 bytes, and numbered when the
   *     schema it reads has a relation of that name already (the file drops an index of that name left by an earlier
   *     run, so it never takes a name in use)
   */
  private String partitionIndexName(Index index, QualifiedName partition) {
    String base = partition.name() + "_" + index.name();
    String name = truncate(base);
    for (int n = 1; relationNames.contains(new QualifiedName(partition.schema(), name)); n++) {
      name = truncate(base + "_" + n);
    }
    return name;
  }

  /** @return whether the run creates, drops or moves a partition of the table, at any depth */
  private boolean changesPartitionsOf(QualifiedName table) {
    Set<QualifiedName> tree = new HashSet<>(Set.of(table));
    partitionsOf.getOrDefault(table, List.of()).forEach(p -> p.tree().forEach(q -> tree.add(q.name())));
    return changes.stream().anyMatch(c -> c instanceof CreatePartition created && tree.contains(created.table())
        || c instanceof DropPartition dropped && tree.contains(dropped.table())
        || c instanceof AlterPartitionBound moved && tree.contains(moved.table()));
  }

  private Optional<List<Migration>> dropIndex(DropIndex change) {
    Index index = change.index();
    if (partitioned(index.table())) {
      return Optional.empty();
    }
    List<Statement> down = new ArrayList<>();
    down.add(dropInvalidLeftover(index));
    List<Statement> plainDown = renderer.render(change.inverse());
    down.add(RecipeSql.createIndexConcurrently(index).with(Hazards.CONCURRENT_BUILD, Hazards.CONCURRENT_BUILD_TIME));
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
    return RecipeSql.dropIndexConcurrently(index.qualifiedName(), index.table());
  }

  private static Statement dropIndexConcurrently(Index index) {
    return RecipeSql.dropIndexConcurrently(index.qualifiedName(), index.table()).with(Hazards.CONCURRENT_DROP);
  }

  // ---------------------------------------------------------------- constraints

  private Optional<List<Migration>> addConstraint(AddConstraint change) {
    QualifiedName table = change.table();
    Constraint constraint = change.constraint();
    boolean exists = tables.containsKey(table) || partitions.contains(table);
    if (!constraint.validated() && exists && !partitioned(table)) {
      return Optional.of(List.of(notValidOnly(change)));
    }
    if (!exists || partitioned(table) || !constraint.validated()) {
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
    // On a column the run moves to a shadow column, the constraint is built on the shadow, which takes its place.
    Optional<Shadowed> moved = constraint instanceof ForeignKey fk
        ? shadowed(table, column -> fk.columns().equals(List.of(column)))
        : shadowed(table, column -> Deparsed.involves(constraint, column));
    List<Statement> plainUp = renderer.render(change);
    List<Statement> add = new ArrayList<>();
    add.add(moved.isPresent()
        ? RecipeSql.addConstraintNotValid(table, constraint, moved.get().column(), moved.get().shadow())
        : RecipeSql.addConstraintNotValid(table, constraint));
    add.addAll(plainUp.subList(1, plainUp.size())); // the comment, if any
    String base = MigrationNames.base(change);
    String on = moved.isPresent()
        ? " Added on " + moved.get().shadow() + ", the column that takes the place of " + moved.get().column() + " at the swap."
        : "";
    return List.of(
        new Migration(
            MigrationNames.named(base, Phase.EXPAND),
            Planner.describe(change) + on + " NOT VALID: new rows are checked from now on, existing rows by the next migration.",
            Phase.EXPAND,
            change,
            add,
            renderer.render(change.inverse())),
        new Migration(
            MigrationNames.named(base.replaceFirst("^add_", "validate_"), Phase.EXPAND),
            "Validates constraint " + constraint.name() + " of " + table + " against the existing rows.",
            Phase.EXPAND,
            change,
            List.of(RecipeSql.validateConstraint(table, constraint).with(Hazards.VALIDATE_SCAN)),
            notValidAgain(table, constraint, constraint.name(), add)));
  }

  /** {@code CREATE UNIQUE INDEX CONCURRENTLY}, then {@code ADD CONSTRAINT … USING INDEX}, which takes it over. */
  private Optional<List<Migration>> uniqueThroughIndex(AddConstraint change) {
    QualifiedName table = change.table();
    Constraint constraint = change.constraint();
    Optional<RecipeSql.KeyIndex> key = RecipeSql.keyIndex(table, constraint);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    boolean primaryKey = key.get().primaryKey();
    Index index = key.get().index();
    List<Statement> plainUp = renderer.render(change);
    List<Statement> attach = new ArrayList<>();
    attach.add(key.get().addConstraint());
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
                RecipeSql.createIndexConcurrently(index).with(Hazards.CONCURRENT_BUILD, Hazards.CONCURRENT_BUILD_TIME)),
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
    down.add(RecipeSql.createIndex(index));
    return down;
  }

  // ---------------------------------------------------------------- columns

  /**
   * @param views the rebuild of the views that read the column, which carries the change, or null: with a shadow
   *     column, the views are rebuilt in the swap, and read the old column until then
   */
  private Optional<List<Migration>> alterColumn(AlterColumn change, RebuildViews views) {
    if (views == null && change.aspects().equals(Set.of(ColumnAspect.NOT_NULL)) && change.to().notNull() && !partitioned(change.table())) {
      return Optional.of(setNotNull(change.table(), change.to().name(), change, Phase.EXPAND, null));
    }
    if (!rewrites(change)) {
      return Optional.empty();
    }
    String unsupported = notShadowed.get(new ColumnRef(change.table(), change.from().name()));
    if (unsupported != null) {
      return Optional.of(List.of(withHazard(plain(views == null ? change : views), Hazards.changedInPlace(unsupported))));
    }
    return Optional.of(shadow.plan(change, change.table(), change.from(), change.to(), Map.of(), views));
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
    Optional<String> unsupported = column == null ? Optional.of("the column is not found") : shadow.unsupported(change.table(), column, false, Set.of());
    if (unsupported.isPresent()) {
      return List.of(withHazard(plain(change), Hazards.renamedInPlace(unsupported.get())));
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
    List<Statement> set = new ArrayList<>();
    set.add(extra == null ? RecipeSql.setNotNull(table, column) : RecipeSql.setNotNull(table, column).with(extra));
    set.add(RecipeSql.dropConstraintIfExists(table, notNullCheckName(table, column)));
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
                RecipeSql.addNotNullCheck(table, notNullCheckName(table, column), column, false),
                RecipeSql.dropNotNull(table, column))));
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
    Statement addCheck = RecipeSql.addNotNullCheck(table, check, column, true);
    return List.of(
        new Migration(
            MigrationNames.named("add_not_null_check_" + object, phase),
            "Adds " + check + " CHECK (" + column + " IS NOT NULL) NOT VALID to " + table
                + ": new rows are checked from now on, existing rows by the next migration.",
            phase,
            change,
            List.of(addCheck),
            List.of(RecipeSql.dropConstraintIfExists(table, check))),
        new Migration(
            MigrationNames.named("validate_not_null_check_" + object, phase),
            "Validates " + check + " of " + table + " against the existing rows.",
            phase,
            change,
            List.of(RecipeSql.validateCheck(table, check).with(Hazards.VALIDATE_SCAN)),
            notValidAgain(table, null, check, List.of(addCheck))));
  }

  /**
   * @return the down of a {@code VALIDATE CONSTRAINT}: PostgreSQL cannot mark a constraint {@code NOT VALID} again, so
   *     it is dropped and added back {@code NOT VALID} (a brief lock, no scan), which gives back exactly the state before
   *     the validation
   */
  static List<Statement> notValidAgain(QualifiedName table, Constraint constraint, String name, List<Statement> addNotValid) {
    List<Statement> down = new ArrayList<>();
    down.add(constraint == null ? RecipeSql.dropConstraint(table, name) : RecipeSql.dropConstraint(table, name, constraint));
    addNotValid.forEach(s -> down.add(s.withoutHazards()));
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
      up.add(RecipeSql.setDefault(table, column.name(), column.defaultExpression()));
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
      steps.addAll(setNotNull(table, column.name(), change, phase, volatileDefault ? null : Hazards.NEW_NOT_NULL_INCOMPATIBLE));
    }
    return Optional.of(steps);
  }

  /**
   * The backfill of a new column: its default (volatile), or a value a reviewer writes in. In the {@link Phase#DATA
   * data} phase it fills the rows there are; in the {@link Phase#CONTRACT contract} phase, the rows the old
   * application inserted without the column meanwhile.
   */
  private Migration backfill(QualifiedName table, Column column, boolean withDefault, SchemaChange change, Phase phase) {
    return backfill(
        table,
        column.name(),
        "backfill_" + MigrationNames.base(change).replaceFirst("^add_column_", ""),
        withDefault ? Fill.columnDefault() : Fill.toChoose(),
        withDefault
            ? "Backfills column " + column.name() + " of " + table + " with its default, " + options.batchSize() + " rows per committed batch."
            : phase == Phase.CONTRACT
                ? "Backfills column " + column.name() + " of " + table + " in the rows the old application inserted after the data migration"
                    + " ran, with the value written in there, which a reviewer must write in here too; until then it refuses to run if"
                    + " there are such rows."
                : "Backfills column " + column.name() + " of " + table + " with a value a reviewer must write in before deploying;"
                    + " until then it refuses to run on a table with rows.",
        change,
        withDefault ? List.of() : List.of(Hazards.VALUE_TO_CHOOSE),
        phase);
  }

  /** A backfill of a value the recipe knows (the shadow column's copy). */
  Migration backfill(QualifiedName table, String column, String name, Fill fill, String description, SchemaChange change) {
    return backfill(table, column, name, fill, description, change, List.of(), Phase.DATA);
  }

  /**
   * A data migration that fills {@code column} as {@code fill} says: batches of {@link PlanOptions#batchSize()} rows
   * walked along the primary key, each committed, so that no transaction holds row locks on the whole table
   * ({@link BackfillSql}). A table without a primary key gets one plain {@code UPDATE} and a hazard.
   */
  private Migration backfill(
      QualifiedName table, String column, String base, Fill fill, String description, SchemaChange change,
      List<Hazard> extraHazards, Phase phase) {
    String name = MigrationNames.named(base, phase);
    Optional<PrimaryKey> key = tables.get(table).constraints().stream()
        .filter(PrimaryKey.class::isInstance).map(PrimaryKey.class::cast).findFirst();
    List<Hazard> hazards = new ArrayList<>(List.of(Hazards.BACKFILL_TIME));
    hazards.addAll(extraHazards);
    if (key.isEmpty()) {
      hazards.add(Hazards.NO_PRIMARY_KEY);
      Hazard[] each = hazards.toArray(Hazard[]::new);
      List<Statement> up = BackfillSql.withoutKey(table, column, fill).stream().map(s -> s.with(each)).toList();
      return new Migration(name, description, phase, change, up, List.of());
    }
    hazards.add(0, Hazards.BATCHED);
    Statement batches = BackfillSql.batched(table, column, fill, key.get().columns(), options.batchSize()).with(hazards.toArray(Hazard[]::new));
    return new Migration(name, description, phase, change, List.of(batches, BackfillSql.vacuumAnalyze(table)), List.of(), false);
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
    Statement view = RecipeSql.createCompatibilityView(old, renamed, change.columns());
    List<Statement> plain = renderer.render(change);
    List<Statement> up = new ArrayList<>();
    up.add(DdlRenderer.renameTable(old, change.to())); // the view keeps the old name working, so no hazard
    up.addAll(plain.subList(1, plain.size()));
    up.add(view.with(Hazards.COMPATIBILITY_VIEW));
    up.add(RecipeSql.copyGrants(renamed, old));
    List<Statement> down = new ArrayList<>();
    down.add(RecipeSql.dropViewIfExists(old));
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
            List.of(RecipeSql.dropCompatibilityView(old).with(Hazards.OLD_NAME_GONE)),
            List.of(view, RecipeSql.copyGrants(renamed, old))));
  }

  // ---------------------------------------------------------------- enums

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
    if (change.columns().isEmpty() && usesNow(from)) {
      // No column of the declared schema to move, but one the run drops (in the contract phase) holds the old type
      // until then: the replacement, which drops the old type, follows it there.
      Migration plain = plain(change);
      return Optional.of(List.of(new Migration(MigrationNames.of(change, Phase.CONTRACT), plain.description(), Phase.CONTRACT,
          change, plain.up(), plain.down())));
    }
    if (!change.constraints().isEmpty() || !change.indexes().isEmpty() || change.columns().isEmpty()) {
      return Optional.empty();
    }
    for (AlterEnum.UsingColumn using : change.columns()) {
      ColumnRef column = new ColumnRef(using.table(), using.column().name());
      if (using.column().type().endsWith("[]")
          || builtOn(changes, column, false).or(() -> shadow.unsupported(using.table(), using.column(), false, Set.of())).isPresent()) {
        return Optional.empty();
      }
    }
    QualifiedName staging = new QualifiedName(to.name().schema(), truncate(to.name().name() + "__new"));
    boolean removes = !to.labels().containsAll(from.labels());
    List<Migration> steps = new ArrayList<>();
    String base = MigrationNames.word(to.name().name());
    steps.add(new Migration(
        MigrationNames.named("create_enum_" + MigrationNames.word(staging.name()), Phase.EXPAND),
        "Creates enum type " + staging + " with the labels " + to.labels() + ", to replace " + from.name() + ".",
        Phase.EXPAND,
        change,
        List.of(RecipeSql.createEnum(staging, to.labels())),
        List.of(RecipeSql.dropTypeIfExists(staging))));
    for (AlterEnum.UsingColumn using : change.columns()) {
      Column column = using.column();
      Column target = RecipeSql.onType(column, from, staging);
      List<Migration> columnSteps = shadow.plan(change, using.table(), column, target, Map.of(), "text");
      if (removes) {
        columnSteps = new ArrayList<>(columnSteps);
        columnSteps.set(0, withHazard(columnSteps.get(0), Hazards.LABEL_REMOVED));
      }
      steps.addAll(columnSteps);
    }
    List<Statement> finish = new ArrayList<>();
    finish.add(RecipeSql.copyTypeOwner(to.name(), staging));
    finish.add(RecipeSql.dropType(to.name()));
    finish.add(RecipeSql.renameType(staging, to.name().name()));
    if (to.comment() != null) {
      finish.add(DdlRenderer.commentStatement(typeComment(to.name()), to.comment()));
    }
    // Down: the state right before this migration, when the staging type had no comment and the old type had the
    // declared comment already (a changed comment is a change of its own, planned before the contract phase).
    List<Statement> unfinish = new ArrayList<>();
    unfinish.add(RecipeSql.renameType(to.name(), staging.name()));
    if (to.comment() != null) {
      unfinish.add(DdlRenderer.commentStatement(typeComment(staging), null));
    }
    unfinish.add(RecipeSql.createEnum(to.name(), from.labels()));
    unfinish.add(RecipeSql.copyTypeOwner(staging, to.name()));
    unfinish.add(RecipeSql.typeOwnerToCurrentUser(staging)); // the staging type's owner before: who created it
    if (to.comment() != null) {
      unfinish.add(DdlRenderer.commentStatement(typeComment(to.name()), to.comment()));
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

  /** @return whether a column of the current state holds values of the enum type (or arrays of them) */
  private boolean usesNow(EnumType type) {
    return tables.values().stream().flatMap(t -> t.columns().stream())
        .anyMatch(c -> c.holds(type.reference()));
  }

  // ---------------------------------------------------------------- helpers

  private static CommentTarget typeComment(QualifiedName type) {
    return new CommentTarget(CommentTarget.Kind.TYPE, type.schema(), type.name(), null);
  }

  private boolean partitioned(QualifiedName table) {
    Table t = tables.get(table);
    return t != null && t.partitionKey() != null || partitionedPartitions.contains(table);
  }

  private static Migration withHazard(Migration migration, Hazard hazard) {
    List<Statement> up = new ArrayList<>(migration.up());
    up.set(0, up.get(0).with(hazard));
    return new Migration(migration.name(), migration.description(), migration.phase(), migration.change(), up, migration.down(), migration.transactional());
  }

  /**
   * @return a name Dovetail chooses, as it is when it fits PostgreSQL's 63 bytes, else its first 54 bytes (at a
   *     character boundary), {@code _} and eight hex digits of a hash of the whole name
   */
  static String truncate(String identifier) {
    byte[] bytes = identifier.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= 63) {
      return identifier;
    }
    // Cut to 54 bytes (at a character boundary) and end with a hash of the whole: a 63-byte column's shadow
    // "<column>_dovetail_new" cut to 63 bytes would be the column's own name, and two long names could meet.
    int end = identifier.length();
    while (identifier.substring(0, end).getBytes(StandardCharsets.UTF_8).length > 54) {
      end = identifier.offsetByCodePoints(end, -1);
    }
    return identifier.substring(0, end) + "_" + dev.dovetail.core.plan.MigrationNames.shortHash(identifier);
  }


  /**
   * A check or foreign key declared {@code NOT VALID}: added {@code NOT VALID} (a brief lock, no scan) and never validated,
   * so that existing rows that break it do not fail the deploy; on a column the run moves to a shadow column, on the
   * shadow, which takes the column's place at the swap.
   */
  private Migration notValidOnly(AddConstraint change) {
    QualifiedName table = change.table();
    Constraint constraint = change.constraint();
    Optional<Shadowed> moved = constraint instanceof ForeignKey fk
        ? shadowed(table, column -> fk.columns().equals(List.of(column)))
        : shadowed(table, column -> Deparsed.involves(constraint, column));
    List<Statement> plainUp = renderer.render(change);
    List<Statement> add = new ArrayList<>();
    add.add(moved.isPresent()
        ? RecipeSql.addConstraintNotValid(table, constraint, moved.get().column(), moved.get().shadow())
        : RecipeSql.addConstraintNotValid(table, constraint));
    add.addAll(plainUp.subList(1, plainUp.size())); // the comment, if any
    String on = moved.isPresent()
        ? " Added on " + moved.get().shadow() + ", the column that takes the place of " + moved.get().column() + " at the swap."
        : "";
    return new Migration(
        MigrationNames.of(change, Phase.EXPAND),
        Planner.describe(change) + on + " NOT VALID, as declared: new rows are checked from now on, existing rows are not,"
            + " and it is not validated.",
        Phase.EXPAND,
        change,
        add,
        renderer.render(change.inverse()));
  }
}
