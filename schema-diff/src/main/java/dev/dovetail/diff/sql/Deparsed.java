package dev.dovetail.diff.sql;

import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.Index;
import java.util.List;

/**
 * Questions about the text PostgreSQL deparsed (constraint and index definitions, index keys): whether it names a
 * column, as {@link Sql#ident} quotes it. Textual, so a yes may be a false alarm (a string constant that spells the
 * name); the recipes asking them fall back to a plain form then.
 */
public final class Deparsed {

  private Deparsed() {}

  /** @return whether the constraint's definition names {@code column} */
  public static boolean mentions(Constraint constraint, String column) {
    return constraint.definition().contains(Sql.ident(column));
  }

  /** @return whether a key, an included column or the predicate of the index names {@code column} */
  public static boolean mentions(Index index, String column) {
    String name = Sql.ident(column);
    return index.keys().contains(name) || index.include().contains(name)
        || index.keys().stream().anyMatch(k -> k.contains(name))
        || (index.predicate() != null && index.predicate().contains(name));
  }

  /** @return whether the index is on {@code column} alone, plainly: no expression, operator class, INCLUDE or predicate */
  public static boolean onColumnAlone(Index index, String column) {
    String name = Sql.ident(column);
    return index.keys().equals(List.of(name)) && index.include().isEmpty() && index.predicate() == null
        && index.definition().contains("(" + name + ")");
  }
}
