package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Statistics;
import java.util.Objects;

/** {@code CREATE STATISTICS}, with its target if it has one; it is empty until the table is next analyzed. */
public record CreateStatistics(Statistics statistics) implements SchemaChange {

  public CreateStatistics {
    Objects.requireNonNull(statistics, "statistics");
  }

  @Override
  public DropStatistics inverse() {
    return new DropStatistics(statistics);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.STATISTICS, statistics.name(), Verb.CREATE);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
