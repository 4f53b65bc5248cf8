package dev.dovetail.core.change;

import dev.dovetail.core.model.RowSecurity;
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

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
