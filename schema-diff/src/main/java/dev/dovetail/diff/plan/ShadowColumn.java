package dev.dovetail.diff.plan;

import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ColumnRef;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationNames;
import dev.dovetail.core.plan.Phase;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.diff.sql.Hazards;
import dev.dovetail.diff.sql.DdlRenderer;
import dev.dovetail.diff.sql.Deparsed;
import dev.dovetail.diff.sql.RecipeSql;
import dev.dovetail.diff.sql.ShadowSql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shadow-column recipe (docs/recipes.md), for a hinted column rename and for a type change that rewrites the table:
 * a new column next to the old one, kept in step by a trigger while both the old and the new application run; a
 * batched backfill of the existing rows; the old column's indexes built again concurrently on the new one; and, in
 * the contract phase, a short swap that drops the old column and trigger and gives the new column its final name,
 * default and NOT NULL.
 *
 * <p>It handles a column that only indexes on the column itself, a default and NOT NULL depend on. A column that a
 * constraint, a view, a policy, a trigger, a generated column or an identity involves is left to the plain form
 * (with its hazards), and {@link #unsupported} says why.
 */
final class ShadowColumn {

  private final Recipes recipes;
  private final DatabaseSchema state;
  private final Map<QualifiedName, Table> tables;

  ShadowColumn(Recipes recipes, DatabaseSchema state, Map<QualifiedName, Table> tables) {
    this.recipes = recipes;
    this.state = state;
    this.tables = tables;
  }

  /**
   * @param table the table
   * @param column the column as the state the plan starts from has it (after the rename, for a rename)
   * @return why the recipe cannot handle the column, or empty when it can
   */
  Optional<String> unsupported(QualifiedName table, Column column) {
    Table t = tables.get(table);
    ColumnRef ref = new ColumnRef(table, column.name());
    if (t == null) {
      return Optional.of("the table is new");
    }
    if (t.partitionKey() != null) {
      return Optional.of("the table is partitioned");
    }
    if (column.identity() != null || column.generatedExpression() != null || !column.defaultSequences().isEmpty()) {
      return Optional.of("the column is an identity, generated or serial column");
    }
    if (t.constraints().stream().anyMatch(c -> c.columns().contains(column.name()) || Deparsed.mentions(c, column.name()))) {
      return Optional.of("a constraint involves the column");
    }
    if (t.columns().stream().anyMatch(c -> c.generatedReads().contains(column.name()))) {
      return Optional.of("a generated column reads the column");
    }
    if (t.triggers().stream().anyMatch(tr -> tr.columns().contains(column.name()))) {
      return Optional.of("a trigger names the column");
    }
    if (state.views().stream().anyMatch(v -> v.dependencies().columns().contains(ref))) {
      return Optional.of("a view reads the column");
    }
    if (state.policies().stream().anyMatch(p -> p.columns().contains(ref))) {
      return Optional.of("a policy reads the column");
    }
    if (t.indexes().stream().anyMatch(i -> Deparsed.mentions(i, column.name()) && !Deparsed.onColumnAlone(i, column.name()))) {
      return Optional.of("an index uses the column in an expression, a predicate or with other columns");
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
    return plan(change, table, old, target, oldIndexNames, "");
  }

  /**
   * @param via the type a value passes through on its way between the old and the new type ({@code text} between
   *     two enum types), or empty for a direct cast
   */
  List<Migration> plan(
      SchemaChange change, QualifiedName table, Column old, Column target, Map<String, String> oldIndexNames, String via) {
    boolean rename = !old.name().equals(target.name());
    String shadow = rename ? target.name() : Recipes.truncate(target.name() + "_dovetail_new");
    String base = MigrationNames.base(change);
    String object = ("public".equals(table.schema()) ? "" : MigrationNames.word(table.schema()) + "_")
        + MigrationNames.word(table.name()) + "_" + MigrationNames.word(target.name());
    String suffix = rename ? old.name() + "_" + target.name() : target.name();
    String function = Recipes.truncate("dovetail_sync_" + table.name() + "_" + suffix);
    QualifiedName functionName = new QualifiedName(table.schema(), function);
    String trigger = Recipes.truncate("dovetail_sync_" + suffix);
    ShadowSql sql = new ShadowSql(table, old.name(), old.type(), shadow, target.type(), via, !rename);
    List<Statement> expandUp = new ArrayList<>();
    Statement addShadow = sql.addShadow(target.collation()).with(Hazards.SYNC_TRIGGER);
    expandUp.add(rename ? addShadow : addShadow.with(Hazards.CONVERSION));
    expandUp.add(sql.createFunction(functionName));
    expandUp.add(sql.createTrigger(trigger, functionName));
    List<Migration> steps = new ArrayList<>();
    steps.add(new Migration(
        MigrationNames.named(rename ? base : "add_shadow_column_" + object, Phase.EXPAND),
        (rename
                ? "Adds column " + shadow + " to " + table + " next to " + old.name() + ", which it replaces"
                : "Adds column " + shadow + " " + target.type() + " to " + table + ", to replace " + old.name() + " " + old.type())
            + ", and a trigger that keeps " + (rename ? "both in step" : "it in step with " + old.name()) + " while the old application runs.",
        Phase.EXPAND,
        change,
        expandUp,
        List.of(sql.dropTrigger(trigger, false), sql.dropFunction(functionName), RecipeSql.dropColumnIfExists(table, shadow))));
    steps.add(recipes.backfill(
        table, shadow, "backfill_" + MigrationNames.word(table.name()) + "_" + MigrationNames.word(shadow),
        sql.fill(),
        "Copies " + old.name() + " into " + shadow + " for the existing rows of " + table + ", " + "batch by batch.",
        change));
    // The old column's indexes, built again on the new one; an index keeps its name when that name is free now.
    List<Statement> swapUp = new ArrayList<>();
    List<Statement> swapDownRenames = new ArrayList<>();
    List<Index> indexes = tables.get(table).indexes().stream().filter(i -> Deparsed.mentions(i, target.name())).toList();
    for (Index index : indexes) {
      String current = oldIndexNames.getOrDefault(index.name(), index.name());
      boolean free = !current.equals(index.name()) && tables.get(table).indexes().stream().noneMatch(i -> i.name().equals(index.name()) && i != index);
      String buildName = free ? index.name() : Recipes.truncate(index.name() + "_dovetail_new");
      QualifiedName built = new QualifiedName(table.schema(), buildName);
      List<Statement> build = new ArrayList<>();
      build.add(RecipeSql.dropIndexConcurrently(built, table));
      build.add(RecipeSql.createIndexConcurrently(index, buildName, target.name(), shadow));
      if (index.comment() != null) {
        build.add(DdlRenderer.commentStatement(indexComment(built), index.comment()));
      }
      steps.add(new Migration(
          MigrationNames.named("create_index_" + MigrationNames.word(buildName), Phase.EXPAND),
          "Builds index " + buildName + " on " + table + " (" + shadow + ") concurrently, to replace " + current + " on " + old.name() + ".",
          Phase.EXPAND,
          change,
          build,
          List.of(RecipeSql.dropIndexConcurrently(built, table)),
          false));
      if (!free) {
        swapUp.add(RecipeSql.renameIndex(built, index.name(), table));
        swapDownRenames.add(RecipeSql.renameIndex(new QualifiedName(table.schema(), index.name()), buildName, table));
      }
    }
    String check = Recipes.notNullCheckName(table, shadow);
    if (target.notNull()) {
      steps.addAll(recipes.notNullCheck(table, shadow, change, Phase.EXPAND));
    }
    // The swap: one short transaction under the table's lock; nothing in it scans or rewrites.
    List<Statement> contractUp = new ArrayList<>();
    contractUp.add(RecipeSql.lockTable(table).with(Hazards.SWAP));
    contractUp.add(sql.dropTrigger(trigger, true));
    contractUp.add(sql.dropFunction(functionName));
    contractUp.add(RecipeSql.dropColumn(table, old.name()));
    if (!rename) {
      contractUp.add(RecipeSql.renameColumn(table, shadow, target.name()));
    }
    contractUp.addAll(swapUp);
    if (target.defaultExpression() != null) {
      contractUp.add(RecipeSql.setDefault(table, target.name(), target.defaultExpression()));
    }
    if (target.notNull()) {
      contractUp.add(RecipeSql.setNotNull(table, target.name()));
      contractUp.add(RecipeSql.dropConstraint(table, check));
    }
    if (target.comment() != null) {
      contractUp.add(DdlRenderer.commentStatement(columnComment(table, target.name()), target.comment()));
    }
    // Down: back to the state before the swap, the old column filled from the new one.
    List<Statement> contractDown = new ArrayList<>();
    if (target.notNull()) {
      contractDown.add(RecipeSql.dropNotNull(table, target.name()));
    }
    if (target.defaultExpression() != null) {
      contractDown.add(RecipeSql.dropDefault(table, target.name()));
    }
    contractDown.addAll(swapDownRenames);
    if (!rename) {
      contractDown.add(RecipeSql.renameColumn(table, target.name(), shadow));
    }
    if (target.comment() != null) {
      // the new column had no comment before the swap gave it one
      contractDown.add(DdlRenderer.commentStatement(columnComment(table, shadow), null));
    }
    contractDown.add(RecipeSql.addColumn(table, old.name(), old.type(), old.collation()));
    contractDown.add(sql.copyBack().with(Hazards.DOWN_COPY));
    if (old.defaultExpression() != null) {
      contractDown.add(RecipeSql.setDefault(table, old.name(), old.defaultExpression()));
    }
    if (old.notNull()) {
      contractDown.add(RecipeSql.setNotNull(table, old.name()));
    }
    if (old.comment() != null) {
      contractDown.add(DdlRenderer.commentStatement(columnComment(table, old.name()), old.comment()));
    }
    for (Index index : indexes) {
      String current = oldIndexNames.getOrDefault(index.name(), index.name());
      contractDown.add(RecipeSql.createIndex(index, current, target.name(), old.name()));
      if (index.comment() != null) {
        contractDown.add(DdlRenderer.commentStatement(indexComment(new QualifiedName(table.schema(), current)), index.comment()));
      }
    }
    if (target.notNull()) {
      contractDown.add(RecipeSql.addNotNullCheck(table, check, shadow, false));
    }
    contractDown.add(sql.createFunction(functionName));
    contractDown.add(sql.createTrigger(trigger, functionName));
    steps.add(new Migration(
        MigrationNames.named(rename ? "drop_column_" + MigrationNames.word(table.name()) + "_" + MigrationNames.word(old.name()) : "swap_column_" + object, Phase.CONTRACT),
        rename
            ? "Drops the old column " + old.name() + " of " + table + " and the trigger that kept it in step with " + target.name() + "."
            : "Swaps " + shadow + " in for " + old.name() + " of " + table + ": drops the old column and the trigger, renames the new one.",
        Phase.CONTRACT,
        change,
        contractUp,
        contractDown));
    return steps;
  }

  private static CommentTarget columnComment(QualifiedName table, String column) {
    return new CommentTarget(CommentTarget.Kind.COLUMN, table.schema(), table.name(), column);
  }

  private static CommentTarget indexComment(QualifiedName index) {
    return new CommentTarget(CommentTarget.Kind.INDEX, index.schema(), index.name(), null);
  }
}
