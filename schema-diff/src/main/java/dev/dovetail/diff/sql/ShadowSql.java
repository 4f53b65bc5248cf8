package dev.dovetail.diff.sql;

import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.plan.Lock;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.diff.sql.BackfillSql.Fill;
import java.util.Objects;

/**
 * The statements that keep a shadow column in step with the column it replaces: the trigger function that copies every
 * write of one to the other (converting it, for a type change), its trigger, and the copy back in a down.
 *
 * @param table the table
 * @param column the column being replaced
 * @param columnType its type, as {@code format_type} writes it
 * @param shadow the new column
 * @param shadowType its type
 * @param via the type values pass through between the two types ({@code text} between two enum types), or empty
 * @param converts whether values are cast between the types (a type change), or copied as they are (a rename, where
 *     the trigger keeps both columns in step both ways)
 */
public record ShadowSql(
    QualifiedName table, String column, String columnType, String shadow, String shadowType, String via, boolean converts) {

  public ShadowSql {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(shadow, "shadow");
    Objects.requireNonNull(via, "via");
  }

  /** @return {@code ADD COLUMN shadow shadowType [COLLATE collation]} */
  public Statement addShadow(QualifiedName collation) {
    return RecipeSql.addColumn(table, shadow, shadowType, collation);
  }

  /** @return the trigger function that keeps the shadow column in step */
  public Statement createFunction(QualifiedName function) {
    String o = "NEW." + Sql.ident(column);
    String n = "NEW." + Sql.ident(shadow);
    String toNew = converts ? o + cast(shadowType) : o;
    String toOld = converts ? n + cast(columnType) : n;
    String body =
        converts
            ? "  " + n + " := " + toNew + ";\n"
            : "  IF TG_OP = 'INSERT' THEN\n"
                + "    IF " + n + " IS NULL THEN " + n + " := " + toNew + "; ELSE " + o + " := " + toOld + "; END IF;\n"
                + "  ELSIF " + o + " IS DISTINCT FROM OLD." + Sql.ident(column) + " THEN\n"
                + "    " + n + " := " + toNew + ";\n"
                + "  ELSIF " + n + " IS DISTINCT FROM OLD." + Sql.ident(shadow) + " THEN\n"
                + "    " + o + " := " + toOld + ";\n"
                + "  END IF;\n";
    return Statement.of(
        "CREATE FUNCTION " + Sql.qualified(function) + "() RETURNS trigger LANGUAGE plpgsql AS $dovetail$\nBEGIN\n" + body
            + "  RETURN NEW;\nEND\n$dovetail$",
        Lock.NONE);
  }

  /** @return {@code DROP FUNCTION IF EXISTS function()} */
  public Statement dropFunction(QualifiedName function) {
    return Statement.of("DROP FUNCTION IF EXISTS " + Sql.qualified(function) + "()", Lock.NONE);
  }

  /** @return the {@code BEFORE INSERT OR UPDATE} row trigger that runs {@code function} */
  public Statement createTrigger(String trigger, QualifiedName function) {
    return Statement.of(
        "CREATE TRIGGER " + Sql.ident(trigger) + " BEFORE INSERT OR UPDATE ON " + Sql.qualified(table)
            + " FOR EACH ROW EXECUTE FUNCTION " + Sql.qualified(function) + "()",
        Lock.on(Lock.Mode.SHARE_ROW_EXCLUSIVE, table));
  }

  /**
   * @param underTableLock whether it runs after {@link RecipeSql#lockTable}, in the swap, and is named with that lock
   * @return {@code DROP TRIGGER IF EXISTS trigger ON table}
   */
  public Statement dropTrigger(String trigger, boolean underTableLock) {
    return Statement.of(
        "DROP TRIGGER IF EXISTS " + Sql.ident(trigger) + " ON " + Sql.qualified(table),
        Lock.on(underTableLock ? Lock.Mode.ACCESS_EXCLUSIVE : Lock.Mode.SHARE_ROW_EXCLUSIVE, table));
  }

  /** @return what the backfill writes into the shadow column: the old column's value, converted for a type change */
  public Fill fill() {
    return converts ? Fill.convertedFrom(column, via, shadowType) : Fill.copyOf(column);
  }

  /** @return the {@code UPDATE} that fills the old column, added back by a down, from the shadow column in one statement */
  public Statement copyBack() {
    return Statement.of(
        "UPDATE " + Sql.qualified(table) + " SET " + Sql.ident(column) + " = " + Sql.ident(shadow) + (converts ? cast(columnType) : ""),
        Lock.on(Lock.Mode.ROW_EXCLUSIVE, table));
  }

  private String cast(String type) {
    return (via.isEmpty() ? "" : "::" + via) + "::" + type;
  }
}
