package dev.dovetail.it.online;

import dev.dovetail.diff.plan.PlanOptions;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One change to prove: the declared schema to migrate the template to, how to plan it, and the application versions
 * at work meanwhile.
 *
 * @param name how reports name it
 * @param after the declared schema, as DDL
 * @param options how to plan the change: {@link PlanOptions#DEFAULT} for the online recipes, {@link PlanOptions#PLAIN}
 *     for their plain forms
 * @param oldApplication the version at work during expand and data files
 * @param newApplication the version at work during contract files, once the old one is gone
 * @param review what a reviewer does to each up file before it runs (writes in a value a backfill needs)
 * @param report a long query another session is running when each file starts (a report, a batch job), or null:
 *     what a lock waits for, and what queues the application behind a waiting lock
 */
public record Scenario(
    String name,
    String after,
    PlanOptions options,
    Application oldApplication,
    Application newApplication,
    UnaryOperator<String> review,
    String report) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(oldApplication, "oldApplication");
    Objects.requireNonNull(newApplication, "newApplication");
    Objects.requireNonNull(review, "review");
  }

  /** @return the change planned with the online recipes, one application version throughout, nothing to review */
  public static Scenario online(String name, String after, Application application) {
    return new Scenario(name, after, PlanOptions.DEFAULT, application, application, UnaryOperator.identity(), null);
  }

  /** @return this scenario with the change planned in its plain form */
  public Scenario plain() {
    return new Scenario(name + " (plain)", after, PlanOptions.PLAIN, oldApplication, newApplication, review, report);
  }

  /** @return this scenario with {@code application} at work during contract files */
  public Scenario thenDeploy(Application application) {
    return new Scenario(name, after, options, oldApplication, application, review, report);
  }

  /** @return this scenario with a reviewer's edit applied to every up file */
  public Scenario reviewed(UnaryOperator<String> edit) {
    return new Scenario(name, after, options, oldApplication, newApplication, edit, report);
  }

  /** @return this scenario with {@code query} running in another session whenever a file starts */
  public Scenario whileReporting(String query) {
    return new Scenario(name, after, options, oldApplication, newApplication, review, query);
  }
}
