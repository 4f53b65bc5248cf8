package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A trigger, constraint triggers included (internal triggers, such as those behind foreign keys, are not).
 *
 * @param name the trigger name
 * @param table the table it fires on
 * @param definition the whole {@code CREATE [CONSTRAINT] TRIGGER} statement ({@code pg_get_triggerdef})
 * @param enabled {@code O} (origin and local, the default), {@code D} (disabled), {@code R} (replica) or
 *     {@code A} (always), as {@code pg_trigger.tgenabled} stores it
 * @param columns the columns its definition names ({@code UPDATE OF}, {@code WHEN}), from the catalog's
 *     dependencies: PostgreSQL refuses to change their type while the trigger exists
 * @param comment its comment, or null
 */
public record Trigger(String name, QualifiedName table, String definition, char enabled, List<String> columns, String comment) implements java.io.Serializable {

  public Trigger {
    Objects.requireNonNull(name, "name");
    columns = columns.stream().sorted().toList();
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(definition, "definition");
  }

  /** @return a copy that fires as {@code newEnabled} says ({@code O}, {@code D}, {@code R} or {@code A}) */
  public Trigger withEnabled(char newEnabled) {
    return new Trigger(name, table, definition, newEnabled, columns, comment);
  }

  /** @return a copy with another comment */
  public Trigger withComment(String newComment) {
    return new Trigger(name, table, definition, enabled, columns, newComment);
  }
}
