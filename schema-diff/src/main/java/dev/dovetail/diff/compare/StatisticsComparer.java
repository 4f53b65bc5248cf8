package dev.dovetail.diff.compare;

import dev.dovetail.core.change.CreateStatistics;
import dev.dovetail.core.change.DropStatistics;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Statistics;
import java.util.ArrayList;
import java.util.List;

/**
 * Extended statistics: created, dropped, and dropped and created again when their definition or target changes (they
 * hold nothing that the next {@code ANALYZE} does not compute again).
 */
final class StatisticsComparer {

  private StatisticsComparer() {}

  static List<SchemaChange> compare(DatabaseSchema current, DatabaseSchema declared) {
    List<SchemaChange> changes = new ArrayList<>();
    Keyed<QualifiedName, Statistics> statistics = Keyed.of(current.statistics(), declared.statistics(), Statistics::name);
    statistics.removed().forEach(s -> changes.add(new DropStatistics(s)));
    for (Keyed.Both<Statistics> s : statistics.declared()) {
      if (s.from() == null) {
        changes.add(new CreateStatistics(s.to()));
      } else if (!s.from().equals(s.to())) {
        changes.add(new DropStatistics(s.from()));
        changes.add(new CreateStatistics(s.to()));
      }
    }
    return changes;
  }
}
