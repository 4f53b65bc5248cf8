package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Index;
import java.util.Objects;

/** {@code CREATE INDEX}. */
public record CreateIndex(Index index) implements SchemaChange {

  public CreateIndex {
    Objects.requireNonNull(index, "index");
  }

  @Override
  public DropIndex inverse() {
    return new DropIndex(index);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.INDEX, index.table(), index.name(), Verb.CREATE);
  }

  /** Named after the key columns, or the index's name when a key is an expression. */
  @Override
  public String baseName() {
    return NameWords.join("create_index", NameWords.table(index.table()), NameWords.index(index));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
