package dev.dovetail.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.Collation;
import dev.dovetail.core.model.RangeType;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.CompositeType;
import dev.dovetail.core.model.Domain;
import dev.dovetail.core.model.EnumType;
import dev.dovetail.core.model.Extension;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Function;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.Ownership;
import dev.dovetail.core.model.PgSchema;
import dev.dovetail.core.model.Policy;
import dev.dovetail.core.model.PrimaryKey;
import dev.dovetail.core.model.PrivilegeTarget;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.RowSecurity;
import dev.dovetail.core.model.Rule;
import dev.dovetail.core.model.Sequence;
import dev.dovetail.core.model.Statistics;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.model.Trigger;
import dev.dovetail.core.model.View;
import dev.dovetail.core.model.ViewDependencies;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SubjectTest {

  private static final QualifiedName ORDERS = QualifiedName.of("sales", "orders");
  private static final CheckConstraint NOT_VALID_CHECK =
      new CheckConstraint("orders_total_positive", "CHECK ((total > 0))", null, List.of(), false);

  /** One change of every kind, and the inverse of each. */
  static List<SchemaChange> samples() {
    Column total = Column.of("total", "integer");
    Table table = Table.of(ORDERS, List.of(total), List.of(), List.of());
    Index index = new Index("orders_total_idx", ORDERS, false, "btree", List.of("total"), List.of(), null, "CREATE INDEX", null);
    PrimaryKey key = new PrimaryKey("orders_pkey", List.of("total"), "PRIMARY KEY (total)", null);
    Trigger trigger = new Trigger("audit", ORDERS, "CREATE TRIGGER", 'O', List.of(), null);
    ViewDependencies none = new ViewDependencies(List.of(ORDERS), List.of(), List.of(), List.of());
    View view = new View(QualifiedName.of("sales", "totals"), false, "SELECT 1", List.of(), List.of(), List.of(), null, none, List.of(), List.of());
    View other = new View(QualifiedName.of("sales", "totals"), false, "SELECT 2", List.of(), List.of(), List.of(), null, none, List.of(), List.of());
    Policy policy = new Policy("owner_only", ORDERS, true, "ALL", List.of("public"), "true", null, null, List.of(), List.of(), List.of());
    Policy policy2 = new Policy("owner_only", ORDERS, true, "ALL", List.of("app"), "true", null, null, List.of(), List.of(), List.of());
    Sequence sequence = new Sequence(QualifiedName.of("sales", "numbers"), "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, null, null);
    Sequence sequence2 = new Sequence(QualifiedName.of("sales", "numbers"), "bigint", 1, 2, 1, Long.MAX_VALUE, 1, false, null, null);
    EnumType status = new EnumType(QualifiedName.of("sales", "status"), "sales.status", List.of("new", "paid"), null);
    EnumType status2 = new EnumType(QualifiedName.of("sales", "status"), "sales.status", List.of("new", "paid", "sent"), null);
    Domain domain = new Domain(QualifiedName.of("sales", "money"), "numeric", false, null, null, List.of(), null);
    Domain domain2 = new Domain(QualifiedName.of("sales", "money"), "numeric", true, null, null, List.of(), null);
    CompositeType type = new CompositeType(QualifiedName.of("sales", "pair"), "sales.pair", List.of(), null);
    Rule rule = new Rule(ORDERS, "orders_keep", "CREATE RULE orders_keep AS ON DELETE TO sales.orders DO INSTEAD NOTHING", null);
    Function function = new Function(QualifiedName.of("sales", "f"), "integer", "integer", false, "x integer", "integer", "CREATE FUNCTION", null);
    Partition partition = new Partition(QualifiedName.of("sales", "orders_2026"), "FOR VALUES FROM (1) TO (2)", null);
    Partition partition2 = new Partition(QualifiedName.of("sales", "orders_2026"), "FOR VALUES FROM (1) TO (3)", null);
    Extension extension = new Extension("pg_trgm", "public", "1.6");
    Collation collation = new Collation(QualifiedName.of("sales", "nocase"), "icu", "und-u-ks-level2", null, null, false, null);
    PrivilegeTarget target = new PrivilegeTarget(PrivilegeTarget.Kind.TABLE, "sales", "orders", null, null);
    List<SchemaChange> changes =
        List.of(
            new CreateSchema(PgSchema.named("sales")),
            new CreateExtension(extension),
            new CreateCollation(collation),
            new AlterExtension(extension, new Extension("pg_trgm", "public", "1.7")),
            new CreateEnum(status),
            new AlterEnum(status, status2, List.of(), List.of(), List.of()),
            new CreateDomain(domain),
            new AlterDomain(domain, domain2),
            new CreateFunction(function),
            new ReplaceFunction(function, function),
            new CreateSequence(sequence),
            new AlterSequence(sequence, sequence2),
            CreateTable.of(table),
            new AlterTableStorage(ORDERS, false, true, List.of(), List.of()),
            AddColumn.of(ORDERS, Column.of("note", "text")),
            new AlterColumn(ORDERS, total, total.withType("bigint")),
            new AddConstraint(ORDERS, key),
            new CreateIndex(index),
            new CreateTrigger(trigger),
            new AlterTriggerState(trigger, trigger.withEnabled('D')),
            new CreateRule(rule),
            new ReplaceRule(rule, new Rule(ORDERS, "orders_keep", "CREATE RULE orders_keep AS ON DELETE TO sales.orders DO INSTEAD NOTHING",
                "kept")),
            new CreateFunction(new Function(QualifiedName.of("sales", "total_of"), "integer", "integer",
                Function.Kind.AGGREGATE, "integer", "bigint", "CREATE OR REPLACE AGGREGATE sales.total_of(integer) (SFUNC = int4_sum, STYPE = bigint)",
                null, List.of(), List.of())),
            new CreateStatistics(new Statistics(QualifiedName.of("sales", "orders_total"), ORDERS,
                "CREATE STATISTICS sales.orders_total ON total, note FROM sales.orders", List.of("note", "total"), null)),
            new SetComment(new CommentTarget(CommentTarget.Kind.TABLE, "sales", "orders", null), null, "orders"),
            new CreateView(view),
            new ReplaceView(view, other),
            new RebuildViews(List.of(view), List.of(new AlterColumn(ORDERS, total, total.withType("bigint"))), List.of(view)),
            new CreateCompositeType(type),
            new CreateRangeType(new RangeType(QualifiedName.of("sales", "span"), "timestamp with time zone", null, null, null, null,
                QualifiedName.of("sales", "spans"), null)),
            new AlterCompositeType(type, type),
            new CreatePartition(ORDERS, partition),
            new AlterPartitionBound(ORDERS, partition, partition2),
            new RenameEnumValue(status.name(), "new", "fresh"),
            new RenameTable(ORDERS, "purchases", List.of()),
            new RenameColumn(ORDERS, "total", "amount", List.of()),
            new CreatePolicy(policy),
            new AlterPolicy(policy, policy2),
            new AlterRowSecurity(RowSecurity.off(ORDERS), new RowSecurity(ORDERS, true, false)),
            new GrantPrivilege(target, "app", "SELECT", false),
            new AlterOwner(new Ownership.Target(Ownership.Kind.TABLE, "sales", "orders", null), "app", null),
            new AlterConstraintValidity(ORDERS, NOT_VALID_CHECK, NOT_VALID_CHECK.withValidated(true)),
            new AlterReplicaIdentity(ORDERS, dev.dovetail.core.model.ReplicaIdentity.DEFAULT,
                new dev.dovetail.core.model.ReplicaIdentity(dev.dovetail.core.model.ReplicaIdentity.Kind.INDEX, "orders_key")),
            new AlterClusterOn(ORDERS, null, "orders_key"),
            new AlterColumnStatistics(ORDERS, "total", null, 500),
            new AlterColumnSettings(ORDERS, "total", null, new dev.dovetail.core.model.ColumnSettings("MAIN", "EXTENDED", null, List.of())),
            new AlterInheritance(ORDERS, new QualifiedName("sales", "documents"), true, List.of(NOT_VALID_CHECK), List.of("total")));
    return changes.stream().flatMap(c -> Stream.of(c, c.inverse())).toList();
  }

  @Test
  void everyKindOfChangeHasASubjectWithAKindAVerbAndAName() {
    Set<Class<?>> sampled = samples().stream().map(Object::getClass).collect(Collectors.toSet());
    assertThat(sampled).containsAll(Arrays.asList(SchemaChange.class.getPermittedSubclasses()));
    for (SchemaChange change : samples()) {
      Subject subject = change.subject();
      assertThat(subject).as(change.getClass().getSimpleName()).isNotNull();
      assertThat(subject.kind()).isNotNull();
      assertThat(subject.verb()).isNotNull();
      assertThat(subject.name() != null || subject.schema() != null).isTrue();
      assertThat(change.baseName()).matches("[a-z0-9_]+");
      assertThat(change.describe()).endsWith(".");
    }
  }

  @Test
  void aggregatesAndRulesAreNamedAsSuch() {
    Function aggregate = new Function(QualifiedName.of("sales", "total_of"), "integer", "integer", Function.Kind.AGGREGATE,
        "integer", "bigint", "CREATE OR REPLACE AGGREGATE sales.total_of(integer) (SFUNC = int4_sum, STYPE = bigint)", null,
        List.of(), List.of());
    assertThat(new CreateFunction(aggregate).baseName()).isEqualTo("create_aggregate_sales_total_of");
    assertThat(new DropFunction(aggregate).describe()).isEqualTo("Drops aggregate sales.total_of(integer).");
    assertThat(new ReplaceFunction(aggregate, aggregate).describe()).isEqualTo("Replaces the definition of aggregate sales.total_of(integer).");
    Rule rule = new Rule(ORDERS, "orders_keep", "CREATE RULE orders_keep AS ON DELETE TO sales.orders DO INSTEAD NOTHING", null);
    assertThat(new CreateRule(rule).baseName()).isEqualTo("create_rule_sales_orders_orders_keep");
    assertThat(new ReplaceRule(rule, rule.withComment("kept")).baseName()).isEqualTo("replace_rule_sales_orders_orders_keep");
    assertThat(new DropRule(rule).describe()).isEqualTo("Drops rule orders_keep of sales.orders.");
  }

  @Test
  void trickyKindsKeepTheirWording() {
    EnumType status = new EnumType(QualifiedName.of("sales", "status"), "sales.status", List.of("new", "paid"), null);
    EnumType added = new EnumType(QualifiedName.of("sales", "status"), "sales.status", List.of("new", "paid", "sent"), null);
    EnumType reordered = new EnumType(QualifiedName.of("sales", "status"), "sales.status", List.of("paid", "new"), null);
    AlterEnum additive = new AlterEnum(status, added, List.of(), List.of(), List.of());
    assertThat(additive.baseName()).isEqualTo("add_enum_values_sales_status");
    assertThat(additive.describe()).isEqualTo("Adds labels to enum type sales.status.");
    AlterEnum replaced = new AlterEnum(status, reordered, List.of(), List.of(), List.of());
    assertThat(replaced.baseName()).isEqualTo("recreate_enum_sales_status");
    assertThat(replaced.subject().object()).isEqualTo("type sales.status");

    Sequence free = new Sequence(QualifiedName.of("public", "numbers"), "bigint", 1, 1, 1, 99, 1, false, null, null);
    Sequence owned = new Sequence(QualifiedName.of("public", "numbers"), "bigint", 1, 1, 1, 99, 1, false, new dev.dovetail.core.model.ColumnRef(ORDERS, "id"), null);
    assertThat(new AlterSequence(free, owned).baseName()).isEqualTo("attach_sequence_numbers");
    assertThat(new AlterSequence(owned, free).baseName()).isEqualTo("detach_sequence_numbers");
    assertThat(new AlterSequence(owned, free).subject().verb()).isEqualTo(Subject.Verb.DETACH);

    assertThat(new RenameColumn(ORDERS, "total", "Amount", List.of()).baseName()).isEqualTo("rename_column_sales_orders_total_to_amount");
    assertThat(new RenameColumn(ORDERS, "total", "amount", List.of()).subject().object()).isEqualTo("column sales.orders.total");
    Partition p = new Partition(QualifiedName.of("sales", "orders_2026"), "FOR VALUES IN (1)", null);
    assertThat(new DropPartition(ORDERS, p).subject().object()).isEqualTo("partition sales.orders_2026 of sales.orders");
    assertThat(new DropPartition(ORDERS, p).freesNames()).containsExactly(p.name());
  }

  @Test
  void aValidityChangeIsNamedAfterWhatItDoesToTheConstraint() {
    ForeignKey notValid = new ForeignKey("orders_customer_fkey", List.of("Customer Id"),
        QualifiedName.of("public", "customers"), List.of("id"), ForeignKey.Action.NO_ACTION,
        ForeignKey.Action.NO_ACTION, false, false, "FOREIGN KEY (\"Customer Id\") REFERENCES public.customers(id)",
        null, false);
    AlterConstraintValidity validate = new AlterConstraintValidity(ORDERS, notValid, notValid.withValidated(true));
    assertThat(validate.baseName()).isEqualTo("validate_fk_sales_orders_customer_id");
    assertThat(validate.describe()).isEqualTo("Validates constraint orders_customer_fkey of sales.orders against the existing rows.");
    assertThat(validate.subject().object()).isEqualTo("constraint orders_customer_fkey on sales.orders");
    assertThat(validate.inverse().baseName()).isEqualTo("mark_not_valid_fk_sales_orders_customer_id");
    assertThat(validate.inverse().describe()).startsWith("Makes constraint orders_customer_fkey of sales.orders NOT VALID");
    assertThat(new AlterConstraintValidity(ORDERS, NOT_VALID_CHECK, NOT_VALID_CHECK.withValidated(true)).baseName())
        .isEqualTo("validate_check_sales_orders_orders_total_positive");
    assertThatThrownBy(() -> new AlterConstraintValidity(ORDERS, NOT_VALID_CHECK, NOT_VALID_CHECK))
        .isInstanceOf(IllegalArgumentException.class);
    CheckConstraint other = new CheckConstraint("orders_total_positive", "CHECK ((total > 1))", null);
    assertThatThrownBy(() -> new AlterConstraintValidity(ORDERS, NOT_VALID_CHECK, other))
        .as("another definition is a drop and an add, not a validity change").isInstanceOf(IllegalArgumentException.class);
  }
}
