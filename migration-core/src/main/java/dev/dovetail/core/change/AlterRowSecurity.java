package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.RowSecurity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TABLE … ENABLE | DISABLE ROW LEVEL SECURITY} and {@code FORCE | NO FORCE ROW LEVEL SECURITY}.
 *
 * @param from the table's state as it is
 * @param to the state it must have
 */
public record AlterRowSecurity(RowSecurity from, RowSecurity to) implements SchemaChange {

  public AlterRowSecurity {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.table().equals(to.table())) {
      throw new IllegalArgumentException("row-level security of two tables: " + from.table() + ", " + to.table());
    }
  }

  /** @return whether it turns row-level security on or forces it (rather than loosening it) */
  public boolean tightens() {
    return (to.enabled() && !from.enabled()) || (to.forced() && !from.forced());
  }

  @Override
  public AlterRowSecurity inverse() {
    return new AlterRowSecurity(to, from);
  }

  /** Named after turning it on or off if it does, else after forcing it or not. */
  @Override
  public Subject subject() {
    Verb verb = from.enabled() != to.enabled() ? (to.enabled() ? Verb.ENABLE : Verb.DISABLE) : (to.forced() ? Verb.FORCE : Verb.NO_FORCE);
    return Subject.of(Kind.ROW_SECURITY, to.table(), verb);
  }

  @Override
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (from.enabled() != to.enabled()) {
      parts.add(to.enabled() ? "Enables" : "Disables");
    }
    if (from.forced() != to.forced()) {
      parts.add(to.forced() ? (parts.isEmpty() ? "Forces" : "forces") : (parts.isEmpty() ? "Stops forcing" : "stops forcing"));
    }
    return String.join(" and ", parts) + " row-level security on " + to.table() + ".";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
