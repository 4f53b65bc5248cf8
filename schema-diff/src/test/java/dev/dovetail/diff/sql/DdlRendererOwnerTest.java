package dev.dovetail.diff.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.change.AlterOwner;
import dev.dovetail.core.model.Ownership;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.plan.Lock;
import dev.dovetail.core.plan.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL for owner changes. */
class DdlRendererOwnerTest {

  private final DdlRenderer renderer = new DdlRenderer();

  private static Ownership.Target target(Ownership.Kind kind, String schema, String name, String arguments) {
    return new Ownership.Target(kind, schema, name, arguments);
  }

  private List<Statement> render(AlterOwner change) {
    return renderer.render(change);
  }

  private String sql(AlterOwner change) {
    List<Statement> statements = render(change);
    assertThat(statements).hasSize(1);
    return statements.get(0).sql();
  }

  @Test
  void namesEachKindAndQuotesObjectsAndRoles() {
    String role = "App \"Main\" Owner";
    assertThat(sql(new AlterOwner(target(Ownership.Kind.SCHEMA, "Sales", null, null), role, null)))
        .isEqualTo("ALTER SCHEMA \"Sales\" OWNER TO \"App \"\"Main\"\" Owner\"");
    assertThat(sql(new AlterOwner(target(Ownership.Kind.TABLE, "Sales", "order items", null), "app", "old")))
        .isEqualTo("ALTER TABLE \"Sales\".\"order items\" OWNER TO app");
    assertThat(sql(new AlterOwner(target(Ownership.Kind.MATERIALIZED_VIEW, "public", "totals", null), "user", null)))
        .as("a role named like a keyword is quoted")
        .isEqualTo("ALTER MATERIALIZED VIEW public.totals OWNER TO \"user\"");
    assertThat(sql(new AlterOwner(target(Ownership.Kind.PROCEDURE, "public", "touch", "integer, \"Sales\".kind"), "app", null)))
        .isEqualTo("ALTER ROUTINE public.touch(integer, \"Sales\".kind) OWNER TO app");
    assertThat(sql(new AlterOwner(target(Ownership.Kind.ENUM, "public", "mood", null), "app", null)))
        .isEqualTo("ALTER TYPE public.mood OWNER TO app");
    assertThat(sql(new AlterOwner(target(Ownership.Kind.DOMAIN, "public", "positive", null), "app", null)))
        .isEqualTo("ALTER DOMAIN public.positive OWNER TO app");
    assertThat(sql(new AlterOwner(target(Ownership.Kind.COLLATION, "public", "nocase", null), "app", null)))
        .isEqualTo("ALTER COLLATION public.nocase OWNER TO app");
    assertThat(sql(new AlterOwner(target(Ownership.Kind.STATISTICS, "public", "st", null), "app", null)))
        .isEqualTo("ALTER STATISTICS public.st OWNER TO app");
  }

  @Test
  void theRoleThatRunsTheMigrationIsCurrentUserAndTheInverseGivesTheObjectBack() {
    AlterOwner change = new AlterOwner(target(Ownership.Kind.SEQUENCE, "public", "ticket_no", null), "app", null);
    assertThat(sql(change.inverse())).isEqualTo("ALTER SEQUENCE public.ticket_no OWNER TO CURRENT_USER");
    AlterOwner changed = new AlterOwner(target(Ownership.Kind.VIEW, "public", "v", null), "new_owner", "Old Owner");
    assertThat(sql(changed.inverse())).isEqualTo("ALTER VIEW public.v OWNER TO \"Old Owner\"");
  }

  @Test
  void aRelationsOwnerChangesUnderAnAccessExclusiveLockOtherObjectsTakeNone() {
    QualifiedName orders = QualifiedName.of("public", "orders");
    assertThat(render(new AlterOwner(target(Ownership.Kind.TABLE, "public", "orders", null), "app", null)).get(0).lock())
        .isEqualTo(Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, orders));
    assertThat(render(new AlterOwner(target(Ownership.Kind.FUNCTION, "public", "f", ""), "app", null)).get(0).lock())
        .isEqualTo(Lock.NONE);
  }
}
