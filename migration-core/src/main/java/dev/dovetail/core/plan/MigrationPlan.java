package dev.dovetail.core.plan;

import java.util.List;

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
}
