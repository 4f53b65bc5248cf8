package dev.dovetail.diff.plan;

import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ColumnRef;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.plan.Hazard;
import dev.dovetail.core.plan.HazardType;
import dev.dovetail.core.plan.Lock;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationNames;
import dev.dovetail.core.plan.Phase;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.diff.sql.Hazards;
import dev.dovetail.diff.sql.Sql;
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
    if (t.constraints().stream().anyMatch(c -> c.columns().contains(column.name()) || c.definition().contains(Sql.ident(column.name())))) {
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
    if (t.indexes().stream().anyMatch(i -> mentions(i, column.name()) && !simple(i, column.name()))) {
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
    String through = via.isEmpty() ? "" : "::" + via;
    String shadow = rename ? target.name() : Recipes.truncate(target.name() + "_dovetail_new");
    String base = MigrationNames.base(change);
    String object = ("public".equals(table.schema()) ? "" : MigrationNames.word(table.schema()) + "_")
        + MigrationNames.word(table.name()) + "_" + MigrationNames.word(target.name());
    String suffix = rename ? old.name() + "_" + target.name() : target.name();
    String function = Recipes.truncate("dovetail_sync_" + table.name() + "_" + suffix);
    QualifiedName functionName = new QualifiedName(table.schema(), function);
    String trigger = Recipes.truncate("dovetail_sync_" + suffix);
    String alter = "ALTER TABLE " + Sql.qualified(table);
    Lock lock = Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, table);
    String o = "NEW." + Sql.ident(old.name());
    String n = "NEW." + Sql.ident(shadow);
    String toNew = rename ? o : o + through + "::" + target.type();
    String toOld = rename ? n : n + through + "::" + old.type();
    String body =
        rename
            ? "  IF TG_OP = 'INSERT' THEN\n"
                + "    IF " + n + " IS NULL THEN " + n + " := " + toNew + "; ELSE " + o + " := " + toOld + "; END IF;\n"
                + "  ELSIF " + o + " IS DISTINCT FROM OLD." + Sql.ident(old.name()) + " THEN\n"
                + "    " + n + " := " + toNew + ";\n"
                + "  ELSIF " + n + " IS DISTINCT FROM OLD." + Sql.ident(shadow) + " THEN\n"
                + "    " + o + " := " + toOld + ";\n"
                + "  END IF;\n"
            : "  " + n + " := " + toNew + ";\n";
    List<Statement> expandUp = new ArrayList<>();
    String collate = target.collation() == null ? "" : " COLLATE " + Sql.qualified(target.collation());
    List<Hazard> addHazards = new ArrayList<>(List.of(Hazards.SYNC_TRIGGER));
    if (!rename) {
      addHazards.add(Hazards.CONVERSION);
    }
    expandUp.add(new Statement(alter + " ADD COLUMN " + Sql.ident(shadow) + " " + target.type() + collate, lock, addHazards));
    String createFunction =
        "CREATE FUNCTION " + Sql.qualified(functionName) + "() RETURNS trigger LANGUAGE plpgsql AS $dovetail$\nBEGIN\n" + body
            + "  RETURN NEW;\nEND\n$dovetail$";
    expandUp.add(Statement.of(createFunction, Lock.NONE));
    String createTrigger =
        "CREATE TRIGGER " + Sql.ident(trigger) + " BEFORE INSERT OR UPDATE ON " + Sql.qualified(table)
            + " FOR EACH ROW EXECUTE FUNCTION " + Sql.qualified(functionName) + "()";
    expandUp.add(Statement.of(createTrigger, Lock.on(Lock.Mode.SHARE_ROW_EXCLUSIVE, table)));
    String dropTrigger = "DROP TRIGGER IF EXISTS " + Sql.ident(trigger) + " ON " + Sql.qualified(table);
    String dropFunction = "DROP FUNCTION IF EXISTS " + Sql.qualified(functionName) + "()";
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
        List.of(
            Statement.of(dropTrigger, Lock.on(Lock.Mode.SHARE_ROW_EXCLUSIVE, table)),
            Statement.of(dropFunction, Lock.NONE),
            Statement.of(alter + " DROP COLUMN IF EXISTS " + Sql.ident(shadow), lock))));
    steps.add(recipes.backfill(
        table, shadow, "backfill_" + MigrationNames.word(table.name()) + "_" + MigrationNames.word(shadow),
        Sql.ident(old.name()) + (rename ? "" : through + "::" + target.type()),
        Sql.ident(shadow) + " IS DISTINCT FROM " + Sql.ident(old.name()) + (rename ? "" : through + "::" + target.type()),
        "Copies " + old.name() + " into " + shadow + " for the existing rows of " + table + ", " + "batch by batch.",
        change));
    // The old column's indexes, built again on the new one; an index keeps its name when that name is free now.
    List<Statement> swapUp = new ArrayList<>();
    List<Statement> swapDownRenames = new ArrayList<>();
    List<Index> indexes = tables.get(table).indexes().stream().filter(i -> mentions(i, target.name())).toList();
    for (Index index : indexes) {
      String current = oldIndexNames.getOrDefault(index.name(), index.name());
      boolean free = !current.equals(index.name()) && tables.get(table).indexes().stream().noneMatch(i -> i.name().equals(index.name()) && i != index);
      String buildName = free ? index.name() : Recipes.truncate(index.name() + "_dovetail_new");
      String definition = Recipes.concurrently(
          index.definition().replaceFirst(" INDEX " + java.util.regex.Pattern.quote(Sql.ident(index.name())) + " ON ",
              java.util.regex.Matcher.quoteReplacement(" INDEX " + Sql.ident(buildName) + " ON "))
              .replace("(" + Sql.ident(target.name()) + ")", "(" + Sql.ident(shadow) + ")"));
      QualifiedName built = new QualifiedName(table.schema(), buildName);
      String dropBuilt = "DROP INDEX CONCURRENTLY IF EXISTS " + Sql.qualified(built);
      steps.add(new Migration(
          MigrationNames.named("create_index_" + MigrationNames.word(buildName), Phase.EXPAND),
          "Builds index " + buildName + " on " + table + " (" + shadow + ") concurrently, to replace " + current + " on " + old.name() + ".",
          Phase.EXPAND,
          change,
          indexBuild(dropBuilt, definition, table, built, index.comment()),
          List.of(Statement.of(dropBuilt, Lock.on(Lock.Mode.SHARE_UPDATE_EXCLUSIVE, table))),
          false));
      if (!free) {
        swapUp.add(Statement.of("ALTER INDEX " + Sql.qualified(built) + " RENAME TO " + Sql.ident(index.name()), lock));
        swapDownRenames.add(Statement.of(
            "ALTER INDEX " + Sql.qualified(new QualifiedName(table.schema(), index.name())) + " RENAME TO " + Sql.ident(buildName), lock));
      }
    }
    String check = Recipes.notNullCheckName(table, shadow);
    if (target.notNull()) {
      steps.addAll(recipes.notNullCheck(table, shadow, change, Phase.EXPAND));
    }
    // The swap: one short transaction under the table's lock; nothing in it scans or rewrites.
    List<Statement> contractUp = new ArrayList<>();
    contractUp.add(Statement.of("LOCK TABLE " + Sql.qualified(table) + " IN ACCESS EXCLUSIVE MODE", lock, Hazards.SWAP));
    contractUp.add(Statement.of(dropTrigger, lock));
    contractUp.add(Statement.of(dropFunction, Lock.NONE));
    contractUp.add(Statement.of(alter + " DROP COLUMN " + Sql.ident(old.name()), lock));
    if (!rename) {
      contractUp.add(Statement.of(alter + " RENAME COLUMN " + Sql.ident(shadow) + " TO " + Sql.ident(target.name()), lock));
    }
    contractUp.addAll(swapUp);
    String targetColumn = alter + " ALTER COLUMN " + Sql.ident(target.name());
    if (target.defaultExpression() != null) {
      contractUp.add(Statement.of(targetColumn + " SET DEFAULT " + target.defaultExpression(), lock));
    }
    if (target.notNull()) {
      contractUp.add(Statement.of(targetColumn + " SET NOT NULL", lock));
      contractUp.add(Statement.of(alter + " DROP CONSTRAINT " + Sql.ident(check), lock));
    }
    if (target.comment() != null) {
      contractUp.add(Statement.of("COMMENT ON COLUMN " + Sql.qualified(table) + "." + Sql.ident(target.name()) + " IS " + Sql.literal(target.comment()), Lock.NONE));
    }
    // Down: back to the state before the swap, the old column filled from the new one.
    List<Statement> contractDown = new ArrayList<>();
    String oldCollate = old.collation() == null ? "" : " COLLATE " + Sql.qualified(old.collation());
    if (target.notNull()) {
      contractDown.add(Statement.of(targetColumn + " DROP NOT NULL", lock));
    }
    if (target.defaultExpression() != null) {
      contractDown.add(Statement.of(targetColumn + " DROP DEFAULT", lock));
    }
    contractDown.addAll(swapDownRenames);
    if (!rename) {
      contractDown.add(Statement.of(alter + " RENAME COLUMN " + Sql.ident(target.name()) + " TO " + Sql.ident(shadow), lock));
    }
    if (target.comment() != null) {
      // the new column had no comment before the swap gave it one
      contractDown.add(Statement.of("COMMENT ON COLUMN " + Sql.qualified(table) + "." + Sql.ident(shadow) + " IS NULL", Lock.NONE));
    }
    contractDown.add(Statement.of(alter + " ADD COLUMN " + Sql.ident(old.name()) + " " + old.type() + oldCollate, lock));
    contractDown.add(Statement.of(
        "UPDATE " + Sql.qualified(table) + " SET " + Sql.ident(old.name()) + " = " + Sql.ident(shadow) + (rename ? "" : through + "::" + old.type()),
        Lock.on(Lock.Mode.ROW_EXCLUSIVE, table), Hazards.DOWN_COPY));
    String oldColumn = alter + " ALTER COLUMN " + Sql.ident(old.name());
    if (old.defaultExpression() != null) {
      contractDown.add(Statement.of(oldColumn + " SET DEFAULT " + old.defaultExpression(), lock));
    }
    if (old.notNull()) {
      contractDown.add(Statement.of(oldColumn + " SET NOT NULL", lock));
    }
    if (old.comment() != null) {
      contractDown.add(Statement.of("COMMENT ON COLUMN " + Sql.qualified(table) + "." + Sql.ident(old.name()) + " IS " + Sql.literal(old.comment()), Lock.NONE));
    }
    for (Index index : indexes) {
      String current = oldIndexNames.getOrDefault(index.name(), index.name());
      String definition =
          index.definition().replaceFirst(" INDEX " + java.util.regex.Pattern.quote(Sql.ident(index.name())) + " ON ",
              java.util.regex.Matcher.quoteReplacement(" INDEX " + Sql.ident(current) + " ON "))
              .replace("(" + Sql.ident(target.name()) + ")", "(" + Sql.ident(old.name()) + ")");
      contractDown.add(Statement.of(definition, Lock.on(Lock.Mode.SHARE, table)));
      if (index.comment() != null) {
        contractDown.add(Statement.of(
            "COMMENT ON INDEX " + Sql.qualified(new QualifiedName(table.schema(), current)) + " IS " + Sql.literal(index.comment()), Lock.NONE));
      }
    }
    if (target.notNull()) {
      contractDown.add(Statement.of(alter + " ADD CONSTRAINT " + Sql.ident(check) + " CHECK (" + Sql.ident(shadow) + " IS NOT NULL)", lock));
    }
    contractDown.add(Statement.of(createFunction, Lock.NONE));
    contractDown.add(Statement.of(createTrigger, Lock.on(Lock.Mode.SHARE_ROW_EXCLUSIVE, table)));
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

  private static List<Statement> indexBuild(String drop, String definition, QualifiedName table, QualifiedName built, String comment) {
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(drop, Lock.on(Lock.Mode.SHARE_UPDATE_EXCLUSIVE, table)));
    statements.add(Statement.of(definition, Lock.on(Lock.Mode.SHARE_UPDATE_EXCLUSIVE, table)));
    if (comment != null) {
      statements.add(Statement.of("COMMENT ON INDEX " + Sql.qualified(built) + " IS " + Sql.literal(comment), Lock.NONE));
    }
    return statements;
  }

  private static boolean mentions(Index index, String column) {
    return index.keys().contains(Sql.ident(column)) || index.include().contains(Sql.ident(column))
        || index.keys().stream().anyMatch(k -> k.contains(Sql.ident(column)))
        || (index.predicate() != null && index.predicate().contains(Sql.ident(column)));
  }

  /** @return whether the index is on the column alone, plainly */
  private static boolean simple(Index index, String column) {
    return index.keys().equals(List.of(Sql.ident(column))) && index.include().isEmpty() && index.predicate() == null
        && index.definition().contains("(" + Sql.ident(column) + ")");
  }
}
