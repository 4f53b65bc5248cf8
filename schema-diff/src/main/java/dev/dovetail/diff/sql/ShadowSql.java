package dev.dovetail.diff.sql;

import dev.dovetail.core.model.ColumnConversion;
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
 * @param conversion how values are converted instead of cast, as the declared schema states it (each expression
 *     names {@code column} and nothing else of the row), or null
 */
public record ShadowSql(
    QualifiedName table, String column, String columnType, String shadow, String shadowType, String via, boolean converts,
    ColumnConversion conversion) {

  public ShadowSql(
      QualifiedName table, String column, String columnType, String shadow, String shadowType, String via, boolean converts) {
    this(table, column, columnType, shadow, shadowType, via, converts, null);
  }

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
    String toNew = !converts ? o : stated(conversion == null ? null : conversion.expression(), o, shadowType)
        .orElse(o + cast(shadowType));
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
        "CREATE FUNCTION " + Sql.qualified(function) + "() RETURNS trigger LANGUAGE plpgsql AS "
            + Sql.dollarQuoted("\nBEGIN\n" + body + "  RETURN NEW;\nEND\n"),
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
    if (converts && conversion != null && conversion.expression() != null) {
      return Fill.convertedBy(column, conversion.expression(), shadowType);
    }
    return converts ? Fill.convertedFrom(column, via, shadowType) : Fill.copyOf(column);
  }

  /** @return the {@code UPDATE} that fills the old column, added back by a down, from the shadow column in one statement */
  public Statement copyBack() {
    return Statement.of(
        "UPDATE " + Sql.qualified(table) + " SET " + Sql.ident(column) + " = "
            + (!converts
                ? Sql.ident(shadow)
                : stated(conversion == null ? null : conversion.back(), Sql.ident(shadow), columnType)
                    .orElse(Sql.ident(shadow) + cast(columnType))),
        Lock.on(Lock.Mode.ROW_EXCLUSIVE, table));
  }

  /**
   * @param expression a stated conversion, which names the column, or null
   * @param value where the value to convert is read ({@code NEW.c}, or the shadow column)
   * @return the conversion of {@code value} to {@code type} by the stated expression, with the column's name bound to
   *     {@code value} by a one-row subquery, so that the expression serves the trigger (the written value) and the copy
   *     back (the shadow column's value) as it serves the backfill and {@code ALTER … USING} (the column's own)
   */
  private java.util.Optional<String> stated(String expression, String value, String type) {
    return expression == null
        ? java.util.Optional.empty()
        : java.util.Optional.of("(SELECT (" + expression + ")::" + type + " FROM (SELECT " + value + " AS " + Sql.ident(column)
            + ") AS dovetail_value)");
  }

  private String cast(String type) {
    return (via.isEmpty() ? "" : "::" + via) + "::" + type;
  }
}
