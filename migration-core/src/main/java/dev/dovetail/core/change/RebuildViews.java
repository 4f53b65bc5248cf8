package dev.dovetail.core.change;

import dev.dovetail.core.model.View;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Changes that PostgreSQL refuses while some views read what they change (a column's type, a function that
 * is dropped and created again, an enum type that is replaced), applied in one migration with those views
 * dropped before and created again after, so that no deployment sees the views missing between two
 * migrations. The views keep their definition; only what they read changes.
 *
 * @param dropped the views as they are before, in creation order (they are dropped in reverse)
 * @param changes the changes, in application order
 * @param created the views as they are after, in creation order
 */
public record RebuildViews(List<View> dropped, List<SchemaChange> changes, List<View> created) implements SchemaChange {

  public RebuildViews {
    dropped = List.copyOf(dropped);
    changes = List.copyOf(changes);
    created = List.copyOf(created);
    if (changes.isEmpty() || dropped.isEmpty()) {
      throw new IllegalArgumentException("a view rebuild needs views and changes");
    }
    Objects.requireNonNull(created, "created");
  }

  @Override
  public RebuildViews inverse() {
    List<SchemaChange> undo = new ArrayList<>();
    changes.forEach(c -> undo.add(c.inverse()));
    Collections.reverse(undo);
    return new RebuildViews(created, undo, dropped);
  }

  /** An object dropped and created again in the same migration (a function, a composite type) loses nothing. */
  @Override
  public boolean destructive() {
    for (int i = 0; i < changes.size(); i++) {
      if (changes.get(i).destructive() && !recreatedAt(i)) {
        return true;
      }
    }
    return false;
  }

  /** @return whether the change at {@code i} drops an object that a later change of the rebuild creates again */
  public boolean recreatedAt(int i) {
    Subject dropped = changes.get(i).subject();
    if (dropped.verb() != Subject.Verb.DROP) {
      return false;
    }
    return changes.subList(i + 1, changes.size()).stream().map(SchemaChange::subject).anyMatch(s -> s.verb().adds()
        && s.kind() == dropped.kind() && Objects.equals(s.schema(), dropped.schema()) && Objects.equals(s.name(), dropped.name())
        && Objects.equals(s.member(), dropped.member()));
  }

  /** The subject of the change the views are rebuilt for: that is what the migration is about. */
  @Override
  public Subject subject() {
    Subject first = changes.get(0).subject();
    return recreatedAt(0) ? new Subject(first.kind(), first.schema(), first.name(), first.member(), Subject.Verb.RECREATE) : first;
  }

  /** Named after the change the views are rebuilt for: {@code alter_column_type_orders_total_rebuilding_views}. */
  @Override
  public String baseName() {
    boolean recreation = recreatedAt(0);
    String first = recreation
        ? NameWords.join("recreate_" + subject().kind().word(), NameWords.table(subject().qualifiedName()))
        : changes.get(0).baseName();
    return NameWords.join(first, changes.size() > (recreation ? 2 : 1) ? "and_more" : "", "rebuilding_views");
  }

  @Override
  public String describe() {
    String views = dropped.stream().map(v -> v.name().toString()).collect(Collectors.joining(", "));
    String sentences = changes.stream().map(SchemaChange::describe).collect(Collectors.joining(" "));
    return sentences + " The views that read it (" + views + ") are dropped before and created again after, in the same migration.";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
