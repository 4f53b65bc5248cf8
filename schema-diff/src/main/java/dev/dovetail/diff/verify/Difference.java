package dev.dovetail.diff.verify;

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
import dev.dovetail.core.change.SetComment;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.Function;
import dev.dovetail.core.model.View;
import dev.dovetail.diff.plan.Planner;
import java.util.List;
import java.util.Objects;

/**
 * One object on which two schemas differ, as {@code migrations:verify} reports it: which object, in which direction,
 * and the change that would remove the difference.
 *
 * @param kind whether the object is only in the expected schema, only in the actual one, or in both but different
 * @param object the object, kind first ({@code column public.customers.phone}); stable, so a drift baseline can
 *     name it
 * @param change one sentence saying what would turn the actual schema into the expected one
 */
public record Difference(Kind kind, String object, String change) {

  /** The direction of a difference, from the actual schema towards the expected one. */
  public enum Kind {
    /** The expected schema has the object; the actual one does not. */
    ADDED,
    /** The actual schema has the object; the expected one does not. */
    REMOVED,
    /** Both have it, differently. */
    CHANGED
  }

  public Difference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(change, "change");
  }

  /** @return the differences the changes that turn one schema into another stand for, one per object, in order */
  public static List<Difference> of(List<SchemaChange> changes) {
    return changes.stream().flatMap(c -> c.accept(new ObjectOf()).stream()).distinct().toList();
  }

  /** One difference per change, naming the object it is about; a view rebuild stands for the changes it wraps. */
  private static final class ObjectOf implements SchemaChange.Visitor<List<Difference>> {

    @Override
    public List<Difference> visit(CreateSchema c) {
      return one(Difference.Kind.ADDED, "schema " + c.schema().name(), c);
    }

    @Override
    public List<Difference> visit(DropSchema c) {
      return one(Difference.Kind.REMOVED, "schema " + c.schema().name(), c);
    }

    @Override
    public List<Difference> visit(CreateExtension c) {
      return one(Difference.Kind.ADDED, "extension " + c.extension().name(), c);
    }

    @Override
    public List<Difference> visit(DropExtension c) {
      return one(Difference.Kind.REMOVED, "extension " + c.extension().name(), c);
    }

    @Override
    public List<Difference> visit(AlterExtension c) {
      return one(Difference.Kind.CHANGED, "extension " + c.to().name(), c);
    }

    @Override
    public List<Difference> visit(CreateEnum c) {
      return one(Difference.Kind.ADDED, "type " + c.type().name(), c);
    }

    @Override
    public List<Difference> visit(DropEnum c) {
      return one(Difference.Kind.REMOVED, "type " + c.type().name(), c);
    }

    @Override
    public List<Difference> visit(AlterEnum c) {
      return one(Difference.Kind.CHANGED, "type " + c.to().name(), c);
    }

    @Override
    public List<Difference> visit(CreateDomain c) {
      return one(Difference.Kind.ADDED, "domain " + c.domain().name(), c);
    }

    @Override
    public List<Difference> visit(DropDomain c) {
      return one(Difference.Kind.REMOVED, "domain " + c.domain().name(), c);
    }

    @Override
    public List<Difference> visit(AlterDomain c) {
      return one(Difference.Kind.CHANGED, "domain " + c.to().name(), c);
    }

    @Override
    public List<Difference> visit(CreateFunction c) {
      return one(Difference.Kind.ADDED, function(c.function()), c);
    }

    @Override
    public List<Difference> visit(DropFunction c) {
      return one(Difference.Kind.REMOVED, function(c.function()), c);
    }

    @Override
    public List<Difference> visit(ReplaceFunction c) {
      return one(Difference.Kind.CHANGED, function(c.to()), c);
    }

    @Override
    public List<Difference> visit(CreateSequence c) {
      return one(Difference.Kind.ADDED, "sequence " + c.sequence().name(), c);
    }

    @Override
    public List<Difference> visit(DropSequence c) {
      return one(Difference.Kind.REMOVED, "sequence " + c.sequence().name(), c);
    }

    @Override
    public List<Difference> visit(AlterSequence c) {
      return one(Difference.Kind.CHANGED, "sequence " + c.to().name(), c);
    }

    @Override
    public List<Difference> visit(CreateTable c) {
      return one(Difference.Kind.ADDED, "table " + c.table().name(), c);
    }

    @Override
    public List<Difference> visit(DropTable c) {
      return one(Difference.Kind.REMOVED, "table " + c.table().name(), c);
    }

    @Override
    public List<Difference> visit(AlterTableStorage c) {
      return one(Difference.Kind.CHANGED, "table " + c.table(), c);
    }

    @Override
    public List<Difference> visit(AddColumn c) {
      return one(Difference.Kind.ADDED, "column " + c.table() + "." + c.column().name(), c);
    }

    @Override
    public List<Difference> visit(DropColumn c) {
      return one(Difference.Kind.REMOVED, "column " + c.table() + "." + c.column().name(), c);
    }

    @Override
    public List<Difference> visit(AlterColumn c) {
      return one(Difference.Kind.CHANGED, "column " + c.table() + "." + c.to().name(), c);
    }

    @Override
    public List<Difference> visit(AddConstraint c) {
      return one(Difference.Kind.ADDED, "constraint " + c.constraint().name() + " on " + c.table(), c);
    }

    @Override
    public List<Difference> visit(DropConstraint c) {
      return one(Difference.Kind.REMOVED, "constraint " + c.constraint().name() + " on " + c.table(), c);
    }

    @Override
    public List<Difference> visit(CreateIndex c) {
      return one(Difference.Kind.ADDED, "index " + c.index().table().schema() + "." + c.index().name(), c);
    }

    @Override
    public List<Difference> visit(DropIndex c) {
      return one(Difference.Kind.REMOVED, "index " + c.index().table().schema() + "." + c.index().name(), c);
    }

    @Override
    public List<Difference> visit(CreateTrigger c) {
      return one(Difference.Kind.ADDED, "trigger " + c.trigger().name() + " on " + c.trigger().table(), c);
    }

    @Override
    public List<Difference> visit(DropTrigger c) {
      return one(Difference.Kind.REMOVED, "trigger " + c.trigger().name() + " on " + c.trigger().table(), c);
    }

    @Override
    public List<Difference> visit(SetComment c) {
      return one(Difference.Kind.CHANGED, "comment on " + c.target(), c);
    }

    @Override
    public List<Difference> visit(CreateView c) {
      return one(Difference.Kind.ADDED, view(c.view()), c);
    }

    @Override
    public List<Difference> visit(DropView c) {
      return one(Difference.Kind.REMOVED, view(c.view()), c);
    }

    @Override
    public List<Difference> visit(ReplaceView c) {
      return one(Difference.Kind.CHANGED, view(c.to()), c);
    }

    @Override
    public List<Difference> visit(CreateCompositeType c) {
      return one(Difference.Kind.ADDED, "type " + c.type().name(), c);
    }

    @Override
    public List<Difference> visit(DropCompositeType c) {
      return one(Difference.Kind.REMOVED, "type " + c.type().name(), c);
    }

    @Override
    public List<Difference> visit(AlterCompositeType c) {
      return one(Difference.Kind.CHANGED, "type " + c.to().name(), c);
    }

    @Override
    public List<Difference> visit(CreatePartition c) {
      return one(Difference.Kind.ADDED, "partition " + c.partition().name() + " of " + c.table(), c);
    }

    @Override
    public List<Difference> visit(DropPartition c) {
      return one(Difference.Kind.REMOVED, "partition " + c.partition().name() + " of " + c.table(), c);
    }

    @Override
    public List<Difference> visit(AlterPartitionBound c) {
      return one(Difference.Kind.CHANGED, "partition " + c.to().name() + " of " + c.table(), c);
    }

    @Override
    public List<Difference> visit(RenameEnumValue c) {
      return one(Difference.Kind.CHANGED, "type " + c.type(), c);
    }

    @Override
    public List<Difference> visit(RenameTable c) {
      return one(Difference.Kind.CHANGED, "table " + c.from(), c);
    }

    @Override
    public List<Difference> visit(RenameColumn c) {
      return one(Difference.Kind.CHANGED, "column " + c.table() + "." + c.from(), c);
    }

    @Override
    public List<Difference> visit(CreatePolicy c) {
      return one(Difference.Kind.ADDED, "policy " + c.policy().name() + " on " + c.policy().table(), c);
    }

    @Override
    public List<Difference> visit(DropPolicy c) {
      return one(Difference.Kind.REMOVED, "policy " + c.policy().name() + " on " + c.policy().table(), c);
    }

    @Override
    public List<Difference> visit(AlterPolicy c) {
      return one(Difference.Kind.CHANGED, "policy " + c.to().name() + " on " + c.to().table(), c);
    }

    @Override
    public List<Difference> visit(AlterRowSecurity c) {
      return one(Difference.Kind.CHANGED, "row security of table " + c.to().table(), c);
    }

    @Override
    public List<Difference> visit(GrantPrivilege c) {
      return one(Difference.Kind.ADDED, "privilege " + c.privilege() + " on " + c.target() + " to " + c.grantee(), c);
    }

    @Override
    public List<Difference> visit(RevokePrivilege c) {
      return one(Difference.Kind.REMOVED, "privilege " + c.privilege() + " on " + c.target() + " to " + c.grantee(), c);
    }

    @Override
    public List<Difference> visit(RebuildViews c) {
      // The views are dropped and created again unchanged around the changes that need it; only those differ.
      return c.changes().stream().flatMap(inner -> inner.accept(this).stream()).toList();
    }

    private static List<Difference> one(Kind kind, String object, SchemaChange change) {
      return List.of(new Difference(kind, object, Planner.describe(change)));
    }

    private static String function(Function function) {
      return (function.procedure() ? "procedure " : "function ") + function.signature();
    }

    private static String view(View view) {
      return (view.materialized() ? "materialized view " : "view ") + view.name();
    }
  }
}
