package dev.dovetail.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A row-level security policy on a table.
 *
 * @param name the policy name, unique per table
 * @param table the table it is on
 * @param permissive whether it is {@code PERMISSIVE} (otherwise {@code RESTRICTIVE})
 * @param command the command it applies to: {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param roles the roles it applies to, sorted; {@code public} stands for {@code PUBLIC} (no role can have that name)
 * @param using the {@code USING} expression ({@code pg_get_expr}), or null
 * @param withCheck the {@code WITH CHECK} expression, or null
 * @param comment its comment, or null
 * @param columns the columns its expressions name, any table's (from the catalog's dependencies): PostgreSQL
 *     refuses to drop them or change their type while the policy exists
 * @param tables the other tables its expressions read
 * @param functions the functions its expressions call, as {@link Function#signature()}
 */
public record Policy(
    String name,
    QualifiedName table,
    boolean permissive,
    String command,
    List<String> roles,
    String using,
    String withCheck,
    String comment,
    List<ColumnRef> columns,
    List<QualifiedName> tables,
    List<String> functions) implements java.io.Serializable {

  /** The role name that stands for {@code PUBLIC}. */
  public static final String PUBLIC = "public";

  public Policy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(command, "command");
    command = command.toUpperCase(Locale.ROOT);
    roles = roles.stream().sorted().toList();
    columns = columns.stream().distinct().sorted(java.util.Comparator.comparing(ColumnRef::table).thenComparing(ColumnRef::column)).toList();
    tables = tables.stream().distinct().sorted().toList();
    functions = functions.stream().distinct().sorted().toList();
  }

  /** @return the key that identifies it: {@code schema.table.name} */
  public String key() {
    return table + "." + name;
  }

  /** @return a copy with another comment */
  public Policy withComment(String newComment) {
    return new Policy(name, table, permissive, command, roles, using, withCheck, newComment, columns, tables, functions);
  }

  /**
   * @return whether {@code ALTER POLICY} can turn this policy into {@code other}: it can change roles and
   *     expressions, but not the command or permissiveness, and cannot remove an expression
   */
  public boolean alterableTo(Policy other) {
    return name.equals(other.name)
        && table.equals(other.table)
        && permissive == other.permissive
        && command.equals(other.command)
        && (using == null || other.using != null)
        && (withCheck == null || other.withCheck != null);
  }
}
