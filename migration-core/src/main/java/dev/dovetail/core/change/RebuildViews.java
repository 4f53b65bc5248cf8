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

  /** A function dropped and created again in the same migration loses nothing. */
  @Override
  public boolean destructive() {
    for (int i = 0; i < changes.size(); i++) {
      if (changes.get(i).destructive() && !recreatesFunction(i)) {
        return true;
      }
    }
    return false;
  }

  /** @return whether the change at {@code i} drops a function that the next change creates again */
  public boolean recreatesFunction(int i) {
    return DropFunction.recreatesAt(changes, i);
  }

  /** The subject of the change the views are rebuilt for: that is what the migration is about. */
  @Override
  public Subject subject() {
    Subject first = changes.get(0).subject();
    return recreatesFunction(0) ? new Subject(first.kind(), first.schema(), first.name(), first.member(), Subject.Verb.RECREATE) : first;
  }

  /** Named after the change the views are rebuilt for: {@code alter_column_type_orders_total_rebuilding_views}. */
  @Override
  public String baseName() {
    boolean recreation = recreatesFunction(0);
    String first = recreation ? NameWords.join("recreate_function", NameWords.table(subject().qualifiedName())) : changes.get(0).baseName();
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
