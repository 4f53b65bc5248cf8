package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TYPE … RENAME VALUE}, as a rename hint states it: the rows keep their value under the new label. */
public record RenameEnumValue(QualifiedName type, String from, String to) implements SchemaChange {

  public RenameEnumValue {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  @Override
  public RenameEnumValue inverse() {
    return new RenameEnumValue(type, to, from);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.ENUM_LABEL, type, from, Verb.RENAME);
  }

  @Override
  public String baseName() {
    return NameWords.join(SchemaChange.super.baseName(), "to", NameWords.word(to));
  }

  @Override
  public String describe() {
    return "Renames label '" + from + "' of enum type " + type + " to '" + to + "', as the rename hint states; rows keep their value.";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
