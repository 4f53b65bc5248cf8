package dev.dovetail.diff.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.AlterPolicy;
import dev.dovetail.core.change.AlterRowSecurity;
import dev.dovetail.core.change.CreatePolicy;
import dev.dovetail.core.change.CreateTable;
import dev.dovetail.core.change.DropPolicy;
import dev.dovetail.core.change.DropTable;
import dev.dovetail.core.change.GrantPrivilege;
import dev.dovetail.core.change.RevokePrivilege;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.SetComment;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ColumnRef;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Policy;
import dev.dovetail.core.model.Privilege;
import dev.dovetail.core.model.PrivilegeTarget;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.RowSecurity;
import dev.dovetail.core.model.Table;
import dev.dovetail.diff.compare.SchemaDiffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shape (from the comparers) and order (from the planner's graph) of the changes for row-level security,
 * policies and privileges.
 */
class SecurityOrderTest {

  private static final QualifiedName DOCS = QualifiedName.of("public", "docs");
  private static final Table TABLE = Table.of(DOCS, List.of(Column.of("owner", "name"), Column.of("n", "integer")), List.of(), List.of());
  private static final PrivilegeTarget ON_DOCS = new PrivilegeTarget(PrivilegeTarget.Kind.TABLE, "public", "docs", null, null);

  private final SchemaDiffer comparers = new SchemaDiffer();

  /** The comparers' unordered changes, in the order the planner gives them. */
  private final Differ differ = (current, declared) -> ChangeOrder.sort(comparers.diff(current, declared), current);

  private interface Differ {
    List<SchemaChange> diff(DatabaseSchema current, DatabaseSchema declared);
  }

  private static Policy policy(String name, boolean permissive, String command, String using, String comment, List<ColumnRef> columns) {
    return new Policy(name, DOCS, permissive, command, List.of("public"), using, null, comment, columns, List.of(), List.of());
  }

  private static DatabaseSchema schema(List<Table> tables, List<Policy> policies, List<RowSecurity> security, List<Privilege> privileges) {
    return DatabaseSchema.of(List.of("public"), tables).withSecurity(policies, security, privileges);
  }

  @Test
  void aNewSecuredTableGetsItsPoliciesBeforeRowLevelSecurityIsEnabled() {
    Policy p = policy("own", true, "ALL", "(owner = CURRENT_USER)", null, List.of());
    List<SchemaChange> changes =
        differ.diff(
            schema(List.of(), List.of(), List.of(), List.of()),
            schema(List.of(TABLE), List.of(p), List.of(new RowSecurity(DOCS, true, false)), List.of(new Privilege(ON_DOCS, "reader", "SELECT", false, false))));
    assertThat(changes)
        .containsExactly(
            new CreateTable(TABLE, List.of()),
            new CreatePolicy(p),
            new AlterRowSecurity(RowSecurity.off(DOCS), new RowSecurity(DOCS, true, false)),
            new GrantPrivilege(ON_DOCS, "reader", "SELECT", false));
  }

  @Test
  void aDroppedSecuredTableLosesRowLevelSecurityAndPoliciesFirstSoThatItsDownRestoresThem() {
    Policy p = policy("own", true, "ALL", "(owner = CURRENT_USER)", null, List.of());
    List<SchemaChange> changes =
        differ.diff(
            schema(List.of(TABLE), List.of(p), List.of(new RowSecurity(DOCS, true, true)), List.of(new Privilege(ON_DOCS, "reader", "SELECT", true, false))),
            schema(List.of(), List.of(), List.of(), List.of()));
    assertThat(changes)
        .containsExactly(
            new AlterRowSecurity(new RowSecurity(DOCS, true, true), RowSecurity.off(DOCS)),
            new DropPolicy(p),
            new RevokePrivilege(ON_DOCS, "reader", "SELECT", true),
            new DropTable(TABLE, List.of()));
  }

  @Test
  void looseningComesEarlyAndTighteningLateWhenFlagsMoveInOppositeDirections() {
    List<SchemaChange> changes =
        differ.diff(
            schema(List.of(TABLE), List.of(), List.of(new RowSecurity(DOCS, false, true)), List.of()),
            schema(List.of(TABLE), List.of(), List.of(new RowSecurity(DOCS, true, false)), List.of()));
    assertThat(changes)
        .containsExactly(
            new AlterRowSecurity(new RowSecurity(DOCS, false, true), RowSecurity.off(DOCS)),
            new AlterRowSecurity(RowSecurity.off(DOCS), new RowSecurity(DOCS, true, false)));
  }

  @Test
  void changedExpressionsAreAlteredInPlaceButCommandOrKindChangesDropAndCreate() {
    Policy before = policy("p", true, "ALL", "(n = 1)", "old", List.of());
    Policy newUsing = policy("p", true, "ALL", "(n = 2)", "new", List.of());
    Policy newKind = policy("p", false, "ALL", "(n = 1)", null, List.of());
    assertThat(differ.diff(schema(List.of(TABLE), List.of(before), List.of(), List.of()), schema(List.of(TABLE), List.of(newUsing), List.of(), List.of())))
        .hasSize(2)
        .first()
        .isEqualTo(new AlterPolicy(before, newUsing.withComment("old")));
    assertThat(differ.diff(schema(List.of(TABLE), List.of(before), List.of(), List.of()), schema(List.of(TABLE), List.of(newUsing), List.of(), List.of())).get(1))
        .isInstanceOf(SetComment.class);
    assertThat(differ.diff(schema(List.of(TABLE), List.of(before), List.of(), List.of()), schema(List.of(TABLE), List.of(newKind), List.of(), List.of())))
        .containsExactly(new DropPolicy(before), new CreatePolicy(newKind));
  }

  @Test
  void aPolicyOnAColumnWhoseTypeChangesIsRecreatedAroundTheChange() {
    Policy p = policy("p", true, "ALL", "(n = 1)", null, List.of(new ColumnRef(DOCS, "n")));
    Table retyped = Table.of(DOCS, List.of(Column.of("owner", "name"), Column.of("n", "bigint")), List.of(), List.of());
    List<SchemaChange> changes =
        differ.diff(schema(List.of(TABLE), List.of(p), List.of(), List.of()), schema(List.of(retyped), List.of(p), List.of(), List.of()));
    assertThat(changes).hasSize(3);
    assertThat(changes.get(0)).isEqualTo(new DropPolicy(p));
    assertThat(changes.get(1)).isInstanceOf(AlterColumn.class);
    assertThat(changes.get(2)).isEqualTo(new CreatePolicy(p));
  }

  @Test
  void aRevokedDefaultIsRevokedAndItsUndoGrantsItBack() {
    PrivilegeTarget schemaTarget = new PrivilegeTarget(PrivilegeTarget.Kind.SCHEMA, "public", null, null, null);
    Privilege revokedCreate = new Privilege(schemaTarget, "public", "CREATE", false, true);
    assertThat(differ.diff(schema(List.of(), List.of(), List.of(), List.of()), schema(List.of(), List.of(), List.of(), List.of(revokedCreate))))
        .containsExactly(new RevokePrivilege(schemaTarget, "public", "CREATE", false));
    assertThat(differ.diff(schema(List.of(), List.of(), List.of(), List.of(revokedCreate)), schema(List.of(), List.of(), List.of(), List.of())))
        .containsExactly(new GrantPrivilege(schemaTarget, "public", "CREATE", false));
  }
}
