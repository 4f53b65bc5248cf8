package dev.dovetail.diff.plan;

import dev.dovetail.core.change.CreateFunction;
import dev.dovetail.core.change.CreateView;
import dev.dovetail.core.change.NameWords;
import dev.dovetail.core.change.DropFunction;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.Subject;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Policy;
import dev.dovetail.core.plan.Hazard;
import dev.dovetail.core.plan.HazardType;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationNames;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Phase;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.diff.sql.DdlRenderer;
import dev.dovetail.diff.sql.Hazards;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns ordered changes into migration pairs: one logical change per pair (or per step of a change's safe
 * recipe, see {@link Recipes}), each up rendered from the change and its down from the change's inverse.
 *
 * <p>With zero-downtime planning (the default), every migration belongs to a phase: expand and data migrations
 * keep the order of the changes, and contract migrations, which destroy what the old application may still use,
 * come after all of them, in their own order, so that they can wait in the contract directory until every running
 * instance is on the new version. A destructive change whose name a later change takes again (a partition replaced
 * by one with an overlapping bound, a table replaced by a view of its name) cannot wait; it stays in place, in the
 * expand phase, flagged {@link HazardType#BACKWARD_INCOMPATIBLE}.
 */
public final class Planner {

  private final DdlRenderer renderer = new DdlRenderer();
  private final PlanOptions options;

  /** A planner with the safe recipes and default batch size ({@link PlanOptions#DEFAULT}). */
  public Planner() {
    this(PlanOptions.DEFAULT);
  }

  public Planner(PlanOptions options) {
    this.options = options;
  }

  /**
   * @param unordered the changes, in any order (the differ's are a set): {@link ChangeOrder} orders them from what each
   *     creates, drops and needs
   * @param current the current state the changes apply to, which the recipes consult (existing tables, keys,
   *     partitioning)
   * @return the migrations in application order: expand and data steps in the order of the changes, contract
   *     steps after them
   */
  public MigrationPlan plan(List<SchemaChange> unordered, DatabaseSchema current) {
    List<SchemaChange> changes = ViewRecreation.together(ChangeOrder.sort(unordered, current));
    Recipes recipes = new Recipes(renderer, options, current, changes);
    List<Migration> ordered = new ArrayList<>();
    List<Migration> contract = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      SchemaChange change = changes.get(i);
      if (DropFunction.recreatesAt(changes, i)) {
        ordered.add(recreateFunction((DropFunction) change, (CreateFunction) changes.get(i + 1)));
        i++;
        continue;
      }
      int views = ViewRecreation.runAt(changes, i);
      if (views > 0) {
        ordered.add(recreateViews(changes.subList(i, i + views)));
        i += views - 1;
        continue;
      }
      boolean canWait = !options.zeroDowntime() || !NameReuse.reusedLater(changes, i);
      for (Migration step : recipes.of(change)) {
        if (step.phase() != Phase.CONTRACT || !options.zeroDowntime()) {
          ordered.add(step);
        } else if (canWait) {
          contract.add(step);
        } else {
          ordered.add(inPlace(step));
        }
      }
    }
    ordered.addAll(contract);
    return new MigrationPlan(OwnerSteps.merge(ordered));
  }

  /**
   * A function whose result type, argument names or defaults change is dropped and created again in one
   * migration, so that it is never missing between two transactions.
   */
  private Migration recreateFunction(DropFunction drop, CreateFunction create) {
    List<Statement> up = new ArrayList<>(renderer.render(drop));
    up.addAll(renderer.render(create));
    List<Statement> down = new ArrayList<>(renderer.render(create.inverse()));
    down.addAll(renderer.render(drop.inverse()));
    return new Migration(
        MigrationNames.named(MigrationNames.base(create).replaceFirst("^create_", "recreate_"), Phase.EXPAND),
        "Replaces " + Subject.Kind.of(create.function()).phrase() + " " + create.function().signature()
            + ": dropped and created again in one transaction, since its result type, argument names or defaults change.",
        Phase.EXPAND,
        create,
        up,
        down);
  }

  /**
   * Views whose columns change are dropped and created again in one migration, so that no deployment sees them
   * missing between two transactions; the down drops the new views and creates the old ones, in one migration too.
   */
  private Migration recreateViews(List<SchemaChange> run) {
    List<Statement> up = new ArrayList<>();
    run.forEach(c -> up.addAll(renderer.render(c)));
    List<Statement> down = new ArrayList<>();
    for (int i = run.size() - 1; i >= 0; i--) {
      down.addAll(renderer.render(run.get(i).inverse()));
    }
    List<CreateView> created = run.stream().filter(CreateView.class::isInstance).map(CreateView.class::cast).toList();
    String names = created.stream().map(c -> c.view().name().toString()).collect(java.util.stream.Collectors.joining(", "));
    CreateView first = created.get(0);
    return new Migration(
        MigrationNames.named(NameWords.join(MigrationNames.base(first).replaceFirst("^create_", "recreate_"),
            created.size() > 1 ? "and_more" : ""), Phase.EXPAND),
        "Replaces " + (created.size() > 1 ? "views " : first.view().materialized() ? "materialized view " : "view ") + names
            + ": dropped and created again in one transaction, since CREATE OR REPLACE VIEW cannot make the change (columns"
            + " removed, renamed or retyped, rules changed, a view becoming materialized).",
        Phase.EXPAND,
        first,
        up,
        down);
  }

  private static Migration inPlace(Migration step) {
    List<Statement> up = new ArrayList<>(step.up());
    up.set(0, up.get(0).with(Hazards.CANNOT_WAIT));
    return new Migration(
        step.name().replaceFirst("^contract_", ""), step.description(), Phase.EXPAND, step.change(), up, step.down(), step.transactional());
  }

  /** @return one sentence saying what {@code change} does, as in file headers ({@link SchemaChange#describe()}) */
  public static String describe(SchemaChange change) {
    return change.describe();
  }
}
