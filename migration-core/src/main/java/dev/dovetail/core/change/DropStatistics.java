package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Statistics;
import java.util.Objects;

/** {@code DROP STATISTICS}: before the columns and the table it reads are dropped (PostgreSQL would drop it with them). */
public record DropStatistics(Statistics statistics) implements SchemaChange {

  public DropStatistics {
    Objects.requireNonNull(statistics, "statistics");
  }

  @Override
  public CreateStatistics inverse() {
    return new CreateStatistics(statistics);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.STATISTICS, statistics.name(), Verb.DROP);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
