package dev.dovetail.core.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered migrations of one run. Applying every up in order takes the current state to the declared
 * one; applying every down in reverse order takes it back.
 *
 * @param migrations the migrations in application order
 */
public record MigrationPlan(List<Migration> migrations) {

  public MigrationPlan {
    migrations = List.copyOf(migrations);
  }

  public boolean isEmpty() {
    return migrations.isEmpty();
  }

  /**
   * @return for each hazard type, how many migrations have a hazard of it, in the order of {@link HazardType}: the one
   *     counting rule of the diff log and the review report
   */
  public Map<HazardType, Integer> hazardCounts() {
    Map<HazardType, Integer> counts = new EnumMap<>(HazardType.class);
    migrations.forEach(m -> m.hazards().stream().map(Hazard::type).distinct().forEach(type -> counts.merge(type, 1, Integer::sum)));
    return counts;
  }
}
