package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Index;
import java.util.Objects;

/** {@code DROP INDEX}. */
public record DropIndex(Index index) implements SchemaChange {

  public DropIndex {
    Objects.requireNonNull(index, "index");
  }

  @Override
  public CreateIndex inverse() {
    return new CreateIndex(index);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.INDEX, index.table(), index.name(), Verb.DROP);
  }

  /** Named after the key columns, or the index's name when a key is an expression. */
  @Override
  public String baseName() {
    return NameWords.join("drop_index", NameWords.table(index.table()), NameWords.index(index));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
