package dev.dovetail.diff.plan;

import dev.dovetail.core.change.AddColumn;
import dev.dovetail.core.change.AlterClusterOn;
import dev.dovetail.core.change.AlterColumnSettings;
import dev.dovetail.core.change.AlterColumnStatistics;
import dev.dovetail.core.change.AlterInheritance;
import dev.dovetail.core.change.AlterReplicaIdentity;
import dev.dovetail.core.change.AddConstraint;
import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.AlterConstraintValidity;
import dev.dovetail.core.change.AlterCompositeType;
import dev.dovetail.core.change.AlterDomain;
import dev.dovetail.core.change.AlterEnum;
import dev.dovetail.core.change.AlterTriggerState;
import dev.dovetail.core.change.ColumnAspect;
import dev.dovetail.core.change.AlterExtension;
import dev.dovetail.core.change.AlterOwner;
import dev.dovetail.core.change.AlterPartitionBound;
import dev.dovetail.core.change.AlterPolicy;
import dev.dovetail.core.change.AlterRowSecurity;
import dev.dovetail.core.change.AlterSequence;
import dev.dovetail.core.change.AlterTableStorage;
import dev.dovetail.core.change.CreateCollation;
import dev.dovetail.core.change.CreateCompositeType;
import dev.dovetail.core.change.CreateRangeType;
import dev.dovetail.core.change.DropRangeType;
import dev.dovetail.core.change.CreateDomain;
import dev.dovetail.core.change.CreateEnum;
import dev.dovetail.core.change.CreateExtension;
import dev.dovetail.core.change.CreateFunction;
import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.change.CreatePartition;
import dev.dovetail.core.change.CreatePolicy;
import dev.dovetail.core.change.CreateRule;
import dev.dovetail.core.change.CreateSchema;
import dev.dovetail.core.change.CreateSequence;
import dev.dovetail.core.change.CreateStatistics;
import dev.dovetail.core.change.CreateTable;
import dev.dovetail.core.change.CreateTrigger;
import dev.dovetail.core.change.CreateView;
import dev.dovetail.core.change.DropCollation;
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
import dev.dovetail.core.change.DropRule;
import dev.dovetail.core.change.DropSchema;
import dev.dovetail.core.change.DropSequence;
import dev.dovetail.core.change.DropStatistics;
import dev.dovetail.core.change.DropTable;
import dev.dovetail.core.change.DropTrigger;
import dev.dovetail.core.change.DropView;
import dev.dovetail.core.change.GrantPrivilege;
import dev.dovetail.core.change.RebuildViews;
import dev.dovetail.core.change.RenameColumn;
import dev.dovetail.core.change.RenameEnumValue;
import dev.dovetail.core.change.RenameTable;
import dev.dovetail.core.change.ReplaceFunction;
import dev.dovetail.core.change.ReplaceRule;
import dev.dovetail.core.change.ReplaceView;
import dev.dovetail.core.change.RevokePrivilege;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.SetComment;
import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.CompositeType;
import dev.dovetail.core.model.RangeType;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.ExclusionConstraint;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Function;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.Policy;
import dev.dovetail.core.model.PrimaryKey;
import dev.dovetail.core.model.Ownership;
import dev.dovetail.core.model.PrivilegeTarget;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Rule;
import dev.dovetail.core.model.Sequence;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.model.Trigger;
import dev.dovetail.core.model.UniqueConstraint;
import dev.dovetail.core.model.View;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The footprint of each change kind ({@link Footprint}): what it creates, drops and needs, from the model and the
 * dependencies the catalog recorded ({@code pg_depend}: the functions and sequences a default calls, the columns a
 * generated column or trigger reads, what a view's query and a policy use). A creation is described once; its drop
 * is its inverse, so the two cannot disagree.
 */
final class Footprints implements SchemaChange.Visitor<Footprint> {

  /** A schema-qualified name in deparsed text: user types are printed qualified, built-in ones are not. */
  private static final Pattern QUALIFIED =
      Pattern.compile("((?:[a-z_][a-z0-9_$]*|\"(?:[^\"]|\"\")+\")\\.(?:[a-z_][a-z0-9_$]*|\"(?:[^\"]|\"\")+\"))");
  private static final Pattern CALL = Pattern.compile(QUALIFIED.pattern() + "\\(");
  private static final Pattern TRIGGER_FUNCTION = Pattern.compile("EXECUTE (?:FUNCTION|PROCEDURE) (.+?)\\(");

  /** @return the footprint of {@code change} */
  static Footprint of(SchemaChange change) {
    return change.accept(new Footprints());
  }

  // ------------------------------------------------------------------ schemas and extensions

  @Override
  public Footprint visit(CreateSchema c) {
    Footprint.Builder f = new Footprint.Builder();
    f.creates.add(ObjectId.schema(c.schema().name()));
    return f.build();
  }

  @Override
  public Footprint visit(DropSchema c) {
    return visit(c.inverse()).inverse();
  }

  @Override
  public Footprint visit(CreateExtension c) {
    Footprint.Builder f = new Footprint.Builder();
    f.creates.add(ObjectId.extension(c.extension().name()));
    f.needsAfter.add(ObjectId.schema(c.extension().schema()));
    return f.build();
  }

  @Override
  public Footprint visit(DropExtension c) {
    return visit(c.inverse()).inverse();
  }

  @Override
  public Footprint visit(AlterExtension c) {
    Footprint.Builder f = new Footprint.Builder();
    f.needsBefore.add(ObjectId.schema(c.from().schema()));
    f.needsAfter.add(ObjectId.schema(c.to().schema()));
    return f.build();
  }

  @Override
  public Footprint visit(CreateCollation c) {
    Footprint.Builder f = new Footprint.Builder();
    f.creates.add(ObjectId.collation(c.collation().name()));
    f.needsAfter.add(ObjectId.schema(c.collation().name().schema()));
    return f.build();
  }

  @Override
  public Footprint visit(DropCollation c) {
    return visit(c.inverse()).inverse();
  }

  // ------------------------------------------------------------------ types

  @Override
  public Footprint visit(CreateEnum c) {
    Footprint.Builder f = new Footprint.Builder();
    f.creates.add(ObjectId.type(c.type().name()));
    f.needsAfter.add(ObjectId.schema(c.type().name().schema()));
    return f.build();
  }

  @Override
  public Footprint visit(DropEnum c) {
    return visit(c.inverse()).inverse();
  }

  @Override
  public Footprint visit(AlterEnum c) {
    // Replacing the type converts every column of it: their values change type, the columns must exist. Adding
    // labels does not, but its down replaces the type, so what compares the columns' values is in the way of either.
    Footprint.Builder f = new Footprint.Builder();
    for (AlterEnum.UsingColumn using : c.columns()) {
      ObjectId values = ObjectId.columnType(using.table(), using.column().name());
      f.drops.add(values);
      f.creates.add(values);
      f.needsAfter.add(ObjectId.column(using.table(), using.column().name()));
    }
    return f.build();
  }

  @Override
  public Footprint visit(RenameEnumValue c) {
    return Footprint.NONE;
  }

  @Override
  public Footprint visit(CreateDomain c) {
    Footprint.Builder f = new Footprint.Builder();
    f.creates.add(ObjectId.type(c.domain().name()));
    f.needsAfter.add(ObjectId.schema(c.domain().name().schema()));
    types(c.domain().baseType(), f.needsAfter);
    collation(c.domain().collation(), f.needsAfter);
    return f.build();
  }

  @Override
  public Footprint visit(DropDomain c) {
    return visit(c.inverse()).inverse();
  }

  @Override
  public Footprint visit(AlterDomain c) {
    Footprint.Builder f = new Footprint.Builder();
    f.needsBefore.add(ObjectId.type(c.from().name()));
    f.needsAfter.add(ObjectId.type(c.to().name()));
    return f.build();
  }

  @Override
  public Footprint visit(CreateCompositeType c) {
    Footprint.Builder f = new Footprint.Builder();
    f.creates.add(ObjectId.type(c.type().name()));
    f.creates.add(ObjectId.relation(c.type().name()));
    f.needsAfter.add(ObjectId.schema(c.type().name().schema()));
    attributeTypes(c.type(), f.needsAfter);
    return f.build();
  }

  /**
   * A range type creates its multirange and the constructor functions of both, which views, defaults and checks
   * call by name; it needs its subtype, collation and functions.
   */
  @Override
  public Footprint visit(CreateRangeType c) {
    RangeType type = c.type();
    Footprint.Builder f = new Footprint.Builder();
    f.creates.add(ObjectId.type(type.name()));
    f.creates.add(ObjectId.type(type.multirange()));
    String range = type.name().toString();
    String multirange = type.multirange().toString();
    f.creates.add(ObjectId.functionName(range));
    f.creates.add(ObjectId.functionName(multirange));
    for (String arguments : List.of(type.subtype() + ", " + type.subtype(), type.subtype() + ", " + type.subtype() + ", text")) {
      f.creates.add(ObjectId.function(range + "(" + arguments + ")"));
    }
    for (String arguments : List.of("", range, range + "[]")) {
      f.creates.add(ObjectId.function(multirange + "(" + arguments + ")"));
    }
    f.needsAfter.add(ObjectId.schema(type.name().schema()));
    f.needsAfter.add(ObjectId.schema(type.multirange().schema()));
    types(type.subtype(), f.needsAfter);
    collation(type.collation(), f.needsAfter);
    for (QualifiedName function : java.util.Arrays.asList(type.canonical(), type.subtypeDiff())) {
      if (function != null) {
        f.needsAfter.add(ObjectId.functionName(function.toString()));
      }
    }
    return f.build();
  }

  @Override
  public Footprint visit(DropRangeType c) {
    return visit(c.inverse()).inverse();
  }

  @Override
  public Footprint visit(DropCompositeType c) {
    return visit(c.inverse()).inverse();
  }

  @Override
  public Footprint visit(AlterCompositeType c) {
    Footprint.Builder f = new Footprint.Builder();
    attributeTypes(c.from(), f.needsBefore);
    attributeTypes(c.to(), f.needsAfter);
    return f.build();
  }

  // ------------------------------------------------------------------ functions and sequences

  @Override
  public Footprint visit(CreateFunction c) {
    Footprint.Builder f = new Footprint.Builder();
    f.creates.add(ObjectId.function(c.function().signature()));
    f.creates.add(ObjectId.functionName(c.function().name().toString()));
    function(c.function(), f.needsAfter);
    return f.build();
  }

  @Override
  public Footprint visit(DropFunction c) {
    return visit(c.inverse()).inverse();
  }

  @Override
  public Footprint visit(ReplaceFunction c) {
    Footprint.Builder f = new Footprint.Builder();
    function(c.from(), f.needsBefore);
    function(c.to(), f.needsAfter);
    return f.build();
  }

  @Override
  public Footprint visit(CreateSequence c) {
    Footprint.Builder f = new Footprint.Builder();
    sequence(c.sequence(), f.creates, f.needsAfter);
    return f.build();
  }

  @Override
  public Footprint visit(DropSequence c) {
    return visit(c.inverse()).inverse();
  }

  @Override
  public Footprint visit(AlterSequence c) {
    Footprint.Builder f = new Footprint.Builder();
    if (c.from().ownedBy() != null) {
      f.needsBefore.add(ObjectId.column(c.from().ownedBy()));
    }
    if (c.to().ownedBy() != null) {
      f.needsAfter.add(ObjectId.column(c.to().ownedBy()));
    }
    return f.build();
  }

  // ------------------------------------------------------------------ tables and columns

  @Override
  public Footprint visit(CreateTable c) {
    Footprint.Builder f = new Footprint.Builder();
    Table table = c.table();
    QualifiedName name = table.name();
    f.creates.add(ObjectId.relation(name));
    f.creates.add(ObjectId.type(name));
    f.needsAfter.add(ObjectId.schema(name.schema()));
    c.ownedSequences().forEach(s -> f.creates.add(ObjectId.relation(s.name())));
    for (Column column : table.columns()) {
      column(name, column, f.creates, f.needsAfter);
      if (!table.declares(column.name())) {
        // a column it has from its parents only comes from them as they are
        table.parents().forEach(p -> f.needsAfter.add(ObjectId.columnType(p, column.name())));
      }
    }
    table.parents().forEach(p -> f.needsAfter.add(ObjectId.relation(p)));
    for (Constraint constraint : table.constraints()) {
      constraint(name, constraint, f.creates, f.needsAfter);
    }
    table.indexes().forEach(i -> index(i, f.creates, f.needsAfter));
    table.triggers().forEach(t -> trigger(t, f.creates, f.needsAfter));
    for (Partition partition : table.partitions()) {
      ownObjects(partition, f.creates, f.needsAfter);
    }
    if (!table.partitions().isEmpty()) {
      f.creates.add(ObjectId.partitionBounds(name));
    }
    // What it creates itself it does not wait for.
    f.needsAfter.removeAll(f.creates);
    return f.build();
  }

  @Override
  public Footprint visit(DropTable c) {
    return visit(c.inverse()).inverse();
  }

  @Override
  public Footprint visit(AlterTableStorage c) {
    Footprint.Builder f = new Footprint.Builder();
    f.needsBefore.add(ObjectId.relation(c.table()));
    f.needsAfter.add(ObjectId.relation(c.table()));
    return f.build();
  }

  @Override
  public Footprint visit(AddColumn c) {
    Footprint.Builder f = new Footprint.Builder();
    f.needsAfter.add(ObjectId.relation(c.table()));
    c.ownedSequences().forEach(s -> f.creates.add(ObjectId.relation(s.name())));
    column(c.table(), c.column(), f.creates, f.needsAfter);
    f.needsAfter.removeAll(f.creates);
    return f.build();
  }

  @Override
  public Footprint visit(DropColumn c) {
    return visit(c.inverse()).inverse();
  }

  @Override
  public Footprint visit(AlterColumn c) {
    Footprint.Builder f = new Footprint.Builder();
    if (c.aspects().contains(ColumnAspect.TYPE) || c.aspects().contains(ColumnAspect.COLLATION)) {
      ObjectId values = ObjectId.columnType(c.table(), c.from().name());
      f.drops.add(values);
      f.creates.add(values);
    }
    uses(c.table(), c.from(), f.needsBefore);
    uses(c.table(), c.to(), f.needsAfter);
    return f.build();
  }

  @Override
  public Footprint visit(AddConstraint c) {
    Footprint.Builder f = new Footprint.Builder();
    f.needsAfter.add(ObjectId.relation(c.table()));
    constraint(c.table(), c.constraint(), f.creates, f.needsAfter);
    return f.build();
  }

  @Override
  public Footprint visit(DropConstraint c) {
    return visit(c.inverse()).inverse();
  }

  @Override
  public Footprint visit(CreateIndex c) {
    Footprint.Builder f = new Footprint.Builder();
    index(c.index(), f.creates, f.needsAfter);
    return f.build();
  }

  @Override
  public Footprint visit(DropIndex c) {
    return visit(c.inverse()).inverse();
  }

  @Override
  public Footprint visit(CreateStatistics c) {
    Footprint.Builder f = new Footprint.Builder();
    f.creates.add(ObjectId.statistics(c.statistics().name()));
    f.needsAfter.add(ObjectId.schema(c.statistics().name().schema()));
    f.needsAfter.add(ObjectId.relation(c.statistics().table()));
    c.statistics().columns().forEach(column -> f.needsAfter.add(ObjectId.column(c.statistics().table(), column)));
    return f.build();
  }

  @Override
  public Footprint visit(DropStatistics c) {
    return visit(c.inverse()).inverse();
  }

  @Override
  public Footprint visit(CreateTrigger c) {
    Footprint.Builder f = new Footprint.Builder();
    trigger(c.trigger(), f.creates, f.needsAfter);
    return f.build();
  }

  @Override
  public Footprint visit(DropTrigger c) {
    return visit(c.inverse()).inverse();
  }

  @Override
  public Footprint visit(AlterTriggerState c) {
    Footprint.Builder f = new Footprint.Builder();
    f.needsBefore.add(ObjectId.trigger(c.from().table(), c.from().name()));
    f.needsAfter.add(ObjectId.trigger(c.to().table(), c.to().name()));
    return f.build();
  }

  @Override
  public Footprint visit(CreatePartition c) {
    Footprint.Builder f = new Footprint.Builder();
    f.needsAfter.add(ObjectId.relation(c.table()));
    f.needsAfter.add(ObjectId.partitionBounds(c.table()));
    ownObjects(c.partition(), f.creates, f.needsAfter);
    return f.build();
  }

  /**
   * A partition, its own constraints, indexes and triggers, and the partitions below it with theirs (and the bounds
   * it holds for them), created and dropped with it.
   */
  private static void ownObjects(Partition partition, Set<ObjectId> creates, Set<ObjectId> needs) {
    for (Partition p : partition.tree()) {
      creates.add(ObjectId.relation(p.name()));
      if (!p.partitions().isEmpty()) {
        creates.add(ObjectId.partitionBounds(p.name()));
      }
      p.constraints().forEach(k -> constraint(p.name(), k, creates, needs));
      p.indexes().forEach(i -> index(i, creates, needs));
      p.triggers().forEach(t -> trigger(t, creates, needs));
    }
    needs.removeAll(creates);
  }

  @Override
  public Footprint visit(DropPartition c) {
    Footprint.Builder f = new Footprint.Builder();
    // The bounds it held are free afterwards: partitions created or moved in this run may take them.
    f.drops.add(ObjectId.partitionBounds(c.table()));
    f.needsBefore.add(ObjectId.relation(c.table()));
    ownObjects(c.partition(), f.drops, f.needsBefore);
    return f.build();
  }

  @Override
  public Footprint visit(AlterPartitionBound c) {
    Footprint.Builder f = new Footprint.Builder();
    f.needsBefore.add(ObjectId.relation(c.table()));
    f.needsAfter.add(ObjectId.relation(c.table()));
    f.needsAfter.add(ObjectId.partitionBounds(c.table()));
    return f.build();
  }

  @Override
  public Footprint visit(RenameTable c) {
    Footprint.Builder f = new Footprint.Builder();
    f.drops.add(ObjectId.relation(c.from()));
    f.creates.add(ObjectId.relation(c.renamed()));
    return f.build();
  }

  @Override
  public Footprint visit(RenameColumn c) {
    Footprint.Builder f = new Footprint.Builder();
    f.drops.add(ObjectId.column(c.table(), c.from()));
    f.creates.add(ObjectId.column(c.table(), c.to()));
    return f.build();
  }

  // ------------------------------------------------------------------ views

  @Override
  public Footprint visit(CreateView c) {
    Footprint.Builder f = new Footprint.Builder();
    view(c.view(), f.creates, f.needsAfter);
    if (c.view().materialized()) {
      // filled with rows as its owner reads them: before row security restricts them, see ObjectId.unrestrictedRows
      c.view().dependencies().relations().forEach(r -> {
        f.needsBefore.add(ObjectId.unrestrictedRows(r));
        f.needsAfter.add(ObjectId.unrestrictedRowsAgain(r));
      });
    }
    return f.build();
  }

  @Override
  public Footprint visit(DropView c) {
    return visit(c.inverse()).inverse();
  }

  @Override
  public Footprint visit(ReplaceView c) {
    Footprint.Builder f = new Footprint.Builder();
    reads(c.from(), f.needsBefore);
    reads(c.to(), f.needsAfter);
    return f.build();
  }

  /**
   * The views are taken off before the changes and put back after: together they drop and create the views and need
   * what each part needs (what the views read before and after, what the changes need).
   */
  @Override
  public Footprint visit(RebuildViews c) {
    Footprint all = Footprint.NONE;
    for (View view : c.dropped()) {
      all = all.plus(visit(new CreateView(view)).inverse());
    }
    for (SchemaChange change : c.changes()) {
      all = all.plus(of(change));
    }
    for (View view : c.created()) {
      all = all.plus(visit(new CreateView(view)));
    }
    return all;
  }

  // ------------------------------------------------------------------ security and comments

  @Override
  public Footprint visit(CreatePolicy c) {
    Footprint.Builder f = new Footprint.Builder();
    f.creates.add(ObjectId.policy(c.policy().table(), c.policy().name()));
    uses(c.policy(), f.needsAfter);
    return f.build();
  }

  @Override
  public Footprint visit(DropPolicy c) {
    return visit(c.inverse()).inverse();
  }

  /**
   * A table's rule needs its table and what its condition and actions use, the types of the columns included
   * (PostgreSQL refuses to retype a column a rule uses), as a policy does.
   */
  @Override
  public Footprint visit(CreateRule c) {
    Footprint.Builder f = new Footprint.Builder();
    Rule rule = c.rule();
    f.creates.add(ObjectId.rule(rule.relation(), rule.name()));
    f.needsAfter.add(ObjectId.relation(rule.relation()));
    rule.columns().forEach(col -> f.needsAfter.add(ObjectId.column(col)));
    rule.columns().forEach(col -> f.needsAfter.add(ObjectId.columnType(col.table(), col.column())));
    rule.relations().forEach(r -> f.needsAfter.add(ObjectId.relation(r)));
    rule.functions().forEach(s -> f.needsAfter.add(ObjectId.function(s)));
    return f.build();
  }

  @Override
  public Footprint visit(DropRule c) {
    return visit(c.inverse()).inverse();
  }

  /** What the rule uses before it is replaced, and what it uses after. */
  @Override
  public Footprint visit(ReplaceRule c) {
    Footprint before = visit(new DropRule(c.from()));
    Footprint after = visit(new CreateRule(c.to()));
    Footprint.Builder f = new Footprint.Builder();
    f.needsBefore.addAll(before.needsBefore());
    f.needsAfter.addAll(after.needsAfter());
    return f.build();
  }

  @Override
  public Footprint visit(AlterPolicy c) {
    Footprint.Builder f = new Footprint.Builder();
    uses(c.from(), f.needsBefore);
    uses(c.to(), f.needsAfter);
    return f.build();
  }

  @Override
  public Footprint visit(AlterRowSecurity c) {
    Footprint.Builder f = new Footprint.Builder();
    f.needsBefore.add(ObjectId.relation(c.from().table()));
    f.needsAfter.add(ObjectId.relation(c.to().table()));
    // turned on or forced: the materialized views the run fills read the rows first; turned off: after
    if (c.to().enabled() && !c.from().enabled() || c.to().forced() && !c.from().forced()) {
      f.drops.add(ObjectId.unrestrictedRows(c.to().table()));
    }
    if (c.from().enabled() && !c.to().enabled() || c.from().forced() && !c.to().forced()) {
      f.creates.add(ObjectId.unrestrictedRowsAgain(c.to().table()));
    }
    return f.build();
  }

  /**
   * A privilege is on an object that exists both before and after it changes; which one is the planner's
   * question ({@link ChangeOrder} tells undone privileges from applied ones), so both are named here.
   */
  @Override
  public Footprint visit(GrantPrivilege c) {
    return privilege(c.target());
  }

  @Override
  public Footprint visit(RevokePrivilege c) {
    return privilege(c.target());
  }

  @Override
  public Footprint visit(SetComment c) {
    return Footprint.NONE;
  }

  /**
   * An owner change needs its object as it is before when the object has a stated owner before (so that a change
   * giving a dropped object back to the migrating role runs before its drop), and as it is after when it gets one
   * (so that a new object is given away after its creation); an inverse swaps both, like the owners.
   */
  @Override
  public Footprint visit(AlterOwner c) {
    Ownership.Target target = c.target();
    ObjectId object = switch (target.kind()) {
      case SCHEMA -> ObjectId.schema(target.schema());
      case COLLATION -> ObjectId.collation(target.qualifiedName());
      case ENUM, DOMAIN, COMPOSITE_TYPE, RANGE_TYPE -> ObjectId.type(target.qualifiedName());
      case FUNCTION, PROCEDURE -> ObjectId.function(target.signature());
      case STATISTICS -> ObjectId.statistics(target.qualifiedName());
      case TABLE, VIEW, MATERIALIZED_VIEW, SEQUENCE -> ObjectId.relation(target.qualifiedName());
    };
    Footprint.Builder f = new Footprint.Builder();
    if (c.previous() != null) {
      f.needsBefore.add(object);
    }
    if (c.owner() != null) {
      f.needsAfter.add(object);
    }
    return f.build();
  }

  // ------------------------------------------------------------------ shared parts

  private static Footprint privilege(PrivilegeTarget target) {
    Footprint.Builder f = new Footprint.Builder();
    if (target.kind().defaults() && target.schema() == null) {
      return Footprint.NONE; // default privileges of every schema: on no object
    }
    ObjectId object = switch (target.kind()) {
      case SCHEMA, DEFAULT_TABLES, DEFAULT_SEQUENCES, DEFAULT_FUNCTIONS, DEFAULT_TYPES, DEFAULT_SCHEMAS ->
          ObjectId.schema(target.schema());
      case TABLE, SEQUENCE -> ObjectId.relation(target.qualifiedName());
      case COLUMN -> ObjectId.column(target.qualifiedName(), target.column());
      case FUNCTION -> ObjectId.function(target.signature());
    };
    f.needsBefore.add(object);
    f.needsAfter.add(object);
    return f.build();
  }

  private static void column(QualifiedName table, Column column, Set<ObjectId> creates, Set<ObjectId> needs) {
    creates.add(ObjectId.column(table, column.name()));
    uses(table, column, needs);
  }

  /** What a column uses: its type, the sequences and functions its default calls, the columns it is generated from. */
  private static void uses(QualifiedName table, Column column, Set<ObjectId> needs) {
    types(column.type(), needs);
    collation(column.collation(), needs);
    column.defaultSequences().forEach(s -> needs.add(ObjectId.relation(s)));
    column.defaultFunctions().forEach(s -> needs.add(ObjectId.function(s)));
    column.generatedReads().forEach(c -> needs.add(ObjectId.column(table, c)));
  }

  private static void constraint(QualifiedName table, Constraint constraint, Set<ObjectId> creates, Set<ObjectId> needs) {
    creates.add(ObjectId.constraint(table, constraint.name()));
    constraint.columns().forEach(c -> needs.add(ObjectId.column(table, c)));
    constraint.columns().forEach(c -> needs.add(ObjectId.columnType(table, c)));
    if (constraint instanceof PrimaryKey || constraint instanceof UniqueConstraint) {
      creates.add(ObjectId.uniqueKey(table, constraint.columns()));
      creates.add(ObjectId.relation(new QualifiedName(table.schema(), constraint.name())));
    } else if (constraint instanceof ExclusionConstraint) {
      creates.add(ObjectId.relation(new QualifiedName(table.schema(), constraint.name())));
    } else if (constraint instanceof ForeignKey fk) {
      if (!fk.referencedTable().equals(table) || !new java.util.HashSet<>(fk.referencedColumns()).equals(new java.util.HashSet<>(fk.columns()))) {
        needs.add(ObjectId.uniqueKey(fk.referencedTable(), fk.referencedColumns()));
      }
      needs.add(ObjectId.relation(fk.referencedTable()));
      fk.referencedColumns().forEach(c -> needs.add(ObjectId.column(fk.referencedTable(), c)));
    } else if (constraint instanceof CheckConstraint check) {
      check.functions().forEach(s -> needs.add(ObjectId.function(s)));
    }
  }

  private static void index(Index index, Set<ObjectId> creates, Set<ObjectId> needs) {
    creates.add(ObjectId.relation(index.qualifiedName()));
    needs.add(ObjectId.relation(index.table()));
    boolean plain = true;
    for (String key : index.keys()) {
      String column = unquoted(key);
      if (column == null) {
        plain = false;
      } else {
        needs.add(ObjectId.column(index.table(), column));
        // built on the column's values as they are when it is created: after a retype of the column
        needs.add(ObjectId.columnType(index.table(), column));
      }
    }
    index.include().forEach(c -> needs.add(ObjectId.column(index.table(), c)));
    // functions its expressions call, by name: pg_get_indexdef qualifies them
    Matcher call = CALL.matcher(index.definition());
    while (call.find()) {
      needs.add(ObjectId.functionName(unquotedName(call.group(1))));
    }
    if (index.unique() && index.predicate() == null && plain) {
      creates.add(ObjectId.uniqueKey(index.table(), index.keys().stream().map(Footprints::unquoted).toList()));
    }
  }

  private static void trigger(Trigger trigger, Set<ObjectId> creates, Set<ObjectId> needs) {
    creates.add(ObjectId.trigger(trigger.table(), trigger.name()));
    needs.add(ObjectId.relation(trigger.table()));
    trigger.columns().forEach(c -> needs.add(ObjectId.column(trigger.table(), c)));
    Matcher m = TRIGGER_FUNCTION.matcher(trigger.definition());
    if (m.find()) {
      needs.add(ObjectId.function(unquotedName(m.group(1)) + "()"));
    }
  }

  private static void sequence(Sequence sequence, Set<ObjectId> creates, Set<ObjectId> needs) {
    creates.add(ObjectId.relation(sequence.name()));
    needs.add(ObjectId.schema(sequence.name().schema()));
    if (sequence.ownedBy() != null) {
      needs.add(ObjectId.column(sequence.ownedBy()));
    }
  }

  private static void view(View view, Set<ObjectId> creates, Set<ObjectId> needs) {
    creates.add(ObjectId.relation(view.name()));
    creates.add(ObjectId.type(view.name()));
    view.columns().forEach(c -> creates.add(ObjectId.column(view.name(), c.name())));
    view.indexes().forEach(i -> index(i, creates, needs));
    view.triggers().forEach(t -> trigger(t, creates, needs));
    needs.add(ObjectId.schema(view.name().schema()));
    reads(view, needs);
    needs.removeAll(creates);
  }

  private static void reads(View view, Set<ObjectId> needs) {
    var reads = view.dependencies();
    reads.relations().stream().filter(r -> !r.equals(view.name())).forEach(r -> needs.add(ObjectId.relation(r)));
    reads.columns().stream().filter(c -> !c.table().equals(view.name())).forEach(c -> needs.add(ObjectId.column(c)));
    // PostgreSQL refuses to change the type of a column a view reads, as for policies
    reads.columns().stream().filter(c -> !c.table().equals(view.name()))
        .forEach(c -> needs.add(ObjectId.columnType(c.table(), c.column())));
    reads.functions().forEach(s -> needs.add(ObjectId.function(s)));
    reads.types().forEach(t -> needs.add(ObjectId.type(t)));
  }

  private static void uses(Policy policy, Set<ObjectId> needs) {
    needs.add(ObjectId.relation(policy.table()));
    policy.columns().forEach(c -> needs.add(ObjectId.column(c)));
    policy.columns().forEach(c -> needs.add(ObjectId.columnType(c.table(), c.column())));
    policy.tables().forEach(t -> needs.add(ObjectId.relation(t)));
    policy.functions().forEach(s -> needs.add(ObjectId.function(s)));
  }

  private static void function(Function function, Set<ObjectId> needs) {
    needs.add(ObjectId.schema(function.name().schema()));
    types(function.argumentTypes(), needs);
    types(function.result(), needs);
    // a SQL-standard body depends on what it calls and reads, as a view does
    function.calls().forEach(s -> needs.add(ObjectId.function(s)));
    function.reads().forEach(r -> needs.add(ObjectId.relation(r)));
  }

  private static void attributeTypes(CompositeType type, Set<ObjectId> needs) {
    type.attributes().forEach(a -> {
      types(a.type(), needs);
      collation(a.collation(), needs);
    });
  }

  /** Adds the collation, if any (a built-in one is never created nor dropped, so the need costs nothing). */
  private static void collation(QualifiedName collation, Set<ObjectId> needs) {
    if (collation != null) {
      needs.add(ObjectId.collation(collation));
    }
  }

  /** Adds every schema-qualified type name in {@code text} (a type, or a list of them). */
  private static void types(String text, Set<ObjectId> needs) {
    if (text == null) {
      return;
    }
    Matcher m = QUALIFIED.matcher(text);
    while (m.find()) {
      needs.add(new ObjectId(ObjectId.Kind.TYPE, unquotedName(m.group(1))));
    }
  }

  /** @return an index key that is a plain column, as named in the catalog; null for an expression */
  private static String unquoted(String key) {
    if (key.startsWith("\"") && key.endsWith("\"") && key.length() > 1) {
      return key.substring(1, key.length() - 1).replace("\"\"", "\"");
    }
    return key.matches("[a-z_][a-z0-9_$]*") ? key : null;
  }

  /** @return {@code schema.name} as {@link QualifiedName#toString()} has it, from its quoted form */
  private static String unquotedName(String qualified) {
    Matcher m = QUALIFIED.matcher(qualified.strip());
    if (!m.matches()) {
      return qualified.strip();
    }
    String text = qualified.strip();
    int dot = splitDot(text);
    return unquote(text.substring(0, dot)) + "." + unquote(text.substring(dot + 1));
  }

  private static int splitDot(String text) {
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == '.' && !quoted) {
        return i;
      }
    }
    return -1;
  }

  private static String unquote(String part) {
    return part.startsWith("\"") ? part.substring(1, part.length() - 1).replace("\"\"", "\"") : part;
  }

  /**
   * A constraint that changes its validity stays (its drop and addition back {@code NOT VALID} are one migration): it
   * needs its table, columns and, for a foreign key, the referenced key, before and after, as its addition would.
   */
  @Override
  public Footprint visit(AlterConstraintValidity c) {
    Footprint.Builder f = new Footprint.Builder();
    Set<ObjectId> itself = new java.util.TreeSet<>();
    f.needsBefore.add(ObjectId.relation(c.table()));
    f.needsAfter.add(ObjectId.relation(c.table()));
    constraint(c.table(), c.from(), itself, f.needsBefore);
    constraint(c.table(), c.to(), itself, f.needsAfter);
    f.needsBefore.add(ObjectId.constraint(c.table(), c.from().name()));
    f.needsAfter.add(ObjectId.constraint(c.table(), c.to().name()));
    return f.build();
  }

  // ------------------------------------------------------------------ table attributes

  /** The index a replica identity names is needed as it is on each side: reset before it goes, set once it exists. */
  @Override
  public Footprint visit(AlterReplicaIdentity c) {
    Footprint.Builder f = new Footprint.Builder();
    f.needsBefore.add(ObjectId.relation(c.table()));
    f.needsAfter.add(ObjectId.relation(c.table()));
    if (c.from().index() != null) {
      f.needsBefore.add(ObjectId.relation(new QualifiedName(c.table().schema(), c.from().index())));
    }
    if (c.to().index() != null) {
      f.needsAfter.add(ObjectId.relation(new QualifiedName(c.table().schema(), c.to().index())));
    }
    // a partition's index comes and goes with the partitioned table's index it is attached to
    if (c.from().parentIndex() != null) {
      f.needsBefore.add(ObjectId.relation(c.from().parentIndex()));
    }
    if (c.to().parentIndex() != null) {
      f.needsAfter.add(ObjectId.relation(c.to().parentIndex()));
    }
    return f.build();
  }

  /**
   * {@code INHERIT} needs the parent and, on the child, every column of the parent (with its type) and the checks it
   * adds, which wait for the parent's; {@code NO INHERIT} is its inverse: it runs before those go.
   */
  @Override
  public Footprint visit(AlterInheritance c) {
    if (!c.inherit()) {
      return visit(c.inverse()).inverse();
    }
    Footprint.Builder f = new Footprint.Builder();
    f.needsAfter.add(ObjectId.relation(c.table()));
    f.needsAfter.add(ObjectId.relation(c.parent()));
    for (String column : c.columns()) {
      f.needsAfter.add(ObjectId.column(c.table(), column));
      f.needsAfter.add(ObjectId.columnType(c.table(), column));
      f.needsAfter.add(ObjectId.column(c.parent(), column));
      f.needsAfter.add(ObjectId.columnType(c.parent(), column));
    }
    for (CheckConstraint check : c.checks()) {
      constraint(c.table(), check, f.creates, f.needsAfter);
      f.needsAfter.add(ObjectId.constraint(c.parent(), check.name()));
    }
    f.needsAfter.removeAll(f.creates);
    return f.build();
  }

  @Override
  public Footprint visit(AlterClusterOn c) {
    Footprint.Builder f = new Footprint.Builder();
    f.needsBefore.add(ObjectId.relation(c.table()));
    f.needsAfter.add(ObjectId.relation(c.table()));
    if (c.fromIndex() != null) {
      f.needsBefore.add(ObjectId.relation(new QualifiedName(c.table().schema(), c.fromIndex())));
    }
    if (c.toIndex() != null) {
      f.needsAfter.add(ObjectId.relation(new QualifiedName(c.table().schema(), c.toIndex())));
    }
    return f.build();
  }

  @Override
  public Footprint visit(AlterColumnStatistics c) {
    Footprint.Builder f = new Footprint.Builder();
    f.needsBefore.add(ObjectId.column(c.table(), c.column()));
    f.needsAfter.add(ObjectId.column(c.table(), c.column()));
    return f.build();
  }

  /**
   * Storage and compression belong to the column's type (a type change in place sets them back): setting them back
   * needs the column's type as it is before, setting them needs it as it is after.
   */
  @Override
  public Footprint visit(AlterColumnSettings c) {
    Footprint.Builder f = new Footprint.Builder();
    f.needsBefore.add(ObjectId.column(c.table(), c.column()));
    f.needsAfter.add(ObjectId.column(c.table(), c.column()));
    if (c.from().storage() != null || c.from().compression() != null) {
      f.needsBefore.add(ObjectId.columnType(c.table(), c.column()));
    }
    if (c.to().storage() != null || c.to().compression() != null) {
      f.needsAfter.add(ObjectId.columnType(c.table(), c.column()));
    }
    return f.build();
  }
}
