package dev.dovetail.diff.plan;

import dev.dovetail.core.change.AddColumn;
import dev.dovetail.core.change.AddConstraint;
import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.AlterCompositeType;
import dev.dovetail.core.change.AlterDomain;
import dev.dovetail.core.change.AlterEnum;
import dev.dovetail.core.change.AlterExtension;
import dev.dovetail.core.change.AlterPartitionBound;
import dev.dovetail.core.change.AlterPolicy;
import dev.dovetail.core.change.AlterRowSecurity;
import dev.dovetail.core.change.AlterSequence;
import dev.dovetail.core.change.AlterTableStorage;
import dev.dovetail.core.change.AttachedRename;
import dev.dovetail.core.change.CreateCompositeType;
import dev.dovetail.core.change.CreateDomain;
import dev.dovetail.core.change.CreateEnum;
import dev.dovetail.core.change.CreateExtension;
import dev.dovetail.core.change.CreateFunction;
import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.change.CreatePartition;
import dev.dovetail.core.change.CreatePolicy;
import dev.dovetail.core.change.CreateSchema;
import dev.dovetail.core.change.CreateSequence;
import dev.dovetail.core.change.CreateTable;
import dev.dovetail.core.change.CreateTrigger;
import dev.dovetail.core.change.CreateView;
import dev.dovetail.core.change.DropColumn;
import dev.dovetail.core.change.DropCompositeType;
import dev.dovetail.core.change.DropConstraint;
import dev.dovetail.core.change.DropDomain;
import dev.dovetail.core.change.DropEnum;
import dev.dovetail.core.change.DropExtension;
import dev.dovetail.core.change.DropFunction;
import dev.dovetail.core.change.DropIndex;
import dev.dovetail.core.change.DropPartition;
import dev.dovetail.core.change.DropPolicy;
import dev.dovetail.core.change.DropSchema;
import dev.dovetail.core.change.DropSequence;
import dev.dovetail.core.change.DropTable;
import dev.dovetail.core.change.DropTrigger;
import dev.dovetail.core.change.DropView;
import dev.dovetail.core.change.GrantPrivilege;
import dev.dovetail.core.change.RebuildViews;
import dev.dovetail.core.change.RenameColumn;
import dev.dovetail.core.change.RenameEnumValue;
import dev.dovetail.core.change.RenameTable;
import dev.dovetail.core.change.ReplaceFunction;
import dev.dovetail.core.change.ReplaceView;
import dev.dovetail.core.change.RevokePrivilege;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.SetComment;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Policy;
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
import java.util.Locale;
import java.util.stream.Collectors;

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
    List<SchemaChange> changes = ChangeOrder.sort(unordered, current);
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
    return new MigrationPlan(ordered);
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
        "Replaces " + (create.function().procedure() ? "procedure " : "function ") + create.function().signature()
            + ": dropped and created again in one transaction, since its result type, argument names or defaults change.",
        Phase.EXPAND,
        create,
        up,
        down);
  }

  private static Migration inPlace(Migration step) {
    List<Statement> up = new ArrayList<>(step.up());
    up.set(0, up.get(0).with(Hazards.CANNOT_WAIT));
    return new Migration(
        step.name().replaceFirst("^contract_", ""), step.description(), Phase.EXPAND, step.change(), up, step.down(), step.transactional());
  }

  /** @return one sentence saying what {@code change} does, as in file headers */
  public static String describe(SchemaChange change) {
    return change.accept(new Description());
  }

  /** One sentence per change for the file header. */
  private static final class Description implements SchemaChange.Visitor<String> {

    @Override
    public String visit(CreateSchema c) {
      return "Creates schema " + c.schema().name() + ".";
    }

    @Override
    public String visit(DropSchema c) {
      return "Drops the empty schema " + c.schema().name() + ".";
    }

    @Override
    public String visit(CreateExtension c) {
      return "Installs extension " + c.extension().name() + " " + c.extension().version() + " in schema " + c.extension().schema() + ".";
    }

    @Override
    public String visit(DropExtension c) {
      return "Removes extension " + c.extension().name() + ".";
    }

    @Override
    public String visit(AlterExtension c) {
      return "Changes extension " + c.to().name() + " from " + c.from().version() + " in " + c.from().schema()
          + " to " + c.to().version() + " in " + c.to().schema() + ".";
    }

    @Override
    public String visit(CreateEnum c) {
      return "Creates enum type " + c.type().name() + ".";
    }

    @Override
    public String visit(DropEnum c) {
      return "Drops enum type " + c.type().name() + ".";
    }

    @Override
    public String visit(AlterEnum c) {
      return c.additive()
          ? "Adds labels to enum type " + c.to().name() + "."
          : "Replaces enum type " + c.to().name() + " to remove or reorder labels, converting the "
              + c.columns().size() + " column(s) that use it.";
    }

    @Override
    public String visit(CreateDomain c) {
      return "Creates domain " + c.domain().name() + " over " + c.domain().baseType() + ".";
    }

    @Override
    public String visit(DropDomain c) {
      return "Drops domain " + c.domain().name() + ".";
    }

    @Override
    public String visit(AlterDomain c) {
      return "Changes the default, nullability or checks of domain " + c.to().name() + ".";
    }

    @Override
    public String visit(CreateFunction c) {
      return "Creates " + (c.function().procedure() ? "procedure " : "function ") + c.function().signature() + ".";
    }

    @Override
    public String visit(DropFunction c) {
      return "Drops " + (c.function().procedure() ? "procedure " : "function ") + c.function().signature() + ".";
    }

    @Override
    public String visit(ReplaceFunction c) {
      return "Replaces the definition of " + (c.to().procedure() ? "procedure " : "function ") + c.to().signature() + ".";
    }

    @Override
    public String visit(CreateSequence c) {
      return "Creates sequence " + c.sequence().name() + ".";
    }

    @Override
    public String visit(DropSequence c) {
      return "Drops sequence " + c.sequence().name() + "; its current value is lost.";
    }

    @Override
    public String visit(AlterSequence c) {
      if (c.from().withoutOwner().equals(c.to().withoutOwner())) {
        return c.to().ownedBy() == null
            ? "Detaches sequence " + c.to().name() + " from column " + c.from().ownedBy() + "."
            : "Attaches sequence " + c.to().name() + " to column " + c.to().ownedBy() + ".";
      }
      return "Changes the options of sequence " + c.to().name() + ".";
    }

    @Override
    public String visit(CreateTable c) {
      return "Creates table " + c.table().name() + " with its constraints and indexes.";
    }

    @Override
    public String visit(DropTable c) {
      return "Drops table " + c.table().name() + " and its data.";
    }

    @Override
    public String visit(AlterTableStorage c) {
      return "Changes how table " + c.table() + " is stored ("
          + (c.fromUnlogged() == c.toUnlogged() ? "storage parameters" : c.toUnlogged() ? "unlogged" : "logged") + ").";
    }

    @Override
    public String visit(AddColumn c) {
      return "Adds column " + c.column().name() + " to " + c.table() + ".";
    }

    @Override
    public String visit(DropColumn c) {
      return "Drops column " + c.column().name() + " of " + c.table() + " and its data.";
    }

    @Override
    public String visit(AlterColumn c) {
      String aspects =
          c.aspects().stream().map(a -> a.name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "));
      return "Changes the " + aspects + " of column " + c.to().name() + " of " + c.table() + ".";
    }

    @Override
    public String visit(AddConstraint c) {
      return "Adds constraint " + c.constraint().name() + " to " + c.table() + ".";
    }

    @Override
    public String visit(DropConstraint c) {
      return "Drops constraint " + c.constraint().name() + " of " + c.table() + ".";
    }

    @Override
    public String visit(SetComment c) {
      return (c.to() == null ? "Removes the comment on " : "Sets the comment on ") + c.target() + ".";
    }

    @Override
    public String visit(CreateTrigger c) {
      return "Creates trigger " + c.trigger().name() + " on " + c.trigger().table() + ".";
    }

    @Override
    public String visit(DropTrigger c) {
      return "Drops trigger " + c.trigger().name() + " of " + c.trigger().table() + ".";
    }

    @Override
    public String visit(CreateIndex c) {
      return "Creates index " + c.index().name() + " on " + c.index().table() + ".";
    }

    @Override
    public String visit(DropIndex c) {
      return "Drops index " + c.index().name() + " of " + c.index().table() + ".";
    }

    @Override
    public String visit(CreateView c) {
      return c.view().materialized()
          ? "Creates materialized view " + c.view().name() + ", computes its rows and builds its indexes."
          : "Creates view " + c.view().name() + ".";
    }

    @Override
    public String visit(DropView c) {
      return "Drops " + (c.view().materialized() ? "materialized view " : "view ") + c.view().name() + ".";
    }

    @Override
    public String visit(ReplaceView c) {
      return "Replaces the query of view " + c.to().name() + "; its columns stay the same.";
    }

    @Override
    public String visit(RebuildViews c) {
      String views = c.dropped().stream().map(v -> v.name().toString()).collect(Collectors.joining(", "));
      String changes = c.changes().stream().map(Planner::describe).collect(Collectors.joining(" "));
      return changes + " The views that read it (" + views + ") are dropped before and created again after, in the same migration.";
    }

    @Override
    public String visit(CreateCompositeType c) {
      return "Creates composite type " + c.type().name() + ".";
    }

    @Override
    public String visit(DropCompositeType c) {
      return "Drops composite type " + c.type().name() + ".";
    }

    @Override
    public String visit(AlterCompositeType c) {
      return "Changes the attributes of composite type " + c.to().name() + ".";
    }

    @Override
    public String visit(CreatePartition c) {
      return "Creates partition " + c.partition().name() + " of " + c.table() + " " + c.partition().bound() + ".";
    }

    @Override
    public String visit(DropPartition c) {
      return "Detaches partition " + c.partition().name() + " from " + c.table() + " and drops it with its rows.";
    }

    @Override
    public String visit(AlterPartitionBound c) {
      return "Moves partition " + c.to().name() + " of " + c.table() + " to " + c.to().bound() + " (detach, attach).";
    }

    @Override
    public String visit(RenameEnumValue c) {
      return "Renames label '" + c.from() + "' of enum type " + c.type() + " to '" + c.to() + "', as the rename hint states; rows keep their value.";
    }

    @Override
    public String visit(RenameTable c) {
      return "Renames table " + c.from() + " to " + c.to() + ", as the rename hint states; its rows, indexes and constraints stay"
          + (c.attached().isEmpty() ? "." : ", and " + attached(c.attached()) + ".");
    }

    @Override
    public String visit(RenameColumn c) {
      return "Renames column " + c.from() + " of " + c.table() + " to " + c.to() + ", as the rename hint states; its values stay"
          + (c.attached().isEmpty() ? "." : ", and " + attached(c.attached()) + ".");
    }

    private static String attached(List<AttachedRename> renames) {
      return renames.stream()
          .map(r -> r.kind().name().toLowerCase(Locale.ROOT) + " " + r.from() + " becomes " + r.to())
          .collect(Collectors.joining(", "));
    }

    @Override
    public String visit(CreatePolicy c) {
      Policy p = c.policy();
      return "Creates " + (p.permissive() ? "permissive" : "restrictive") + " policy " + p.name() + " for " + p.command()
          + " on " + p.table() + ".";
    }

    @Override
    public String visit(DropPolicy c) {
      return "Drops policy " + c.policy().name() + " of " + c.policy().table() + ".";
    }

    @Override
    public String visit(AlterPolicy c) {
      return "Changes the roles or expressions of policy " + c.to().name() + " on " + c.to().table() + ".";
    }

    @Override
    public String visit(AlterRowSecurity c) {
      List<String> parts = new java.util.ArrayList<>();
      if (c.from().enabled() != c.to().enabled()) {
        parts.add(c.to().enabled() ? "Enables" : "Disables");
      }
      if (c.from().forced() != c.to().forced()) {
        parts.add(c.to().forced() ? (parts.isEmpty() ? "Forces" : "forces") : (parts.isEmpty() ? "Stops forcing" : "stops forcing"));
      }
      return String.join(" and ", parts) + " row-level security on " + c.to().table() + ".";
    }

    @Override
    public String visit(GrantPrivilege c) {
      return "Grants " + c.privilege() + " on " + c.target() + " to " + c.grantee()
          + (c.withGrantOption() ? " with grant option." : ".");
    }

    @Override
    public String visit(RevokePrivilege c) {
      return "Revokes " + c.privilege() + " on " + c.target() + " from " + c.grantee() + ".";
    }
  }
}
