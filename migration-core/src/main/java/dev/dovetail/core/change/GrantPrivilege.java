package dev.dovetail.core.change;

import dev.dovetail.core.model.PrivilegeTarget;
import java.util.Objects;

/**
 * {@code GRANT privilege ON object TO grantee [WITH GRANT OPTION]}.
 *
 * @param target the object
 * @param grantee the role, or {@code public} for {@code PUBLIC}
 * @param privilege the privilege ({@code SELECT}, {@code USAGE}, …)
 * @param withGrantOption whether the grantee may grant it on
 */
public record GrantPrivilege(PrivilegeTarget target, String grantee, String privilege, boolean withGrantOption)
    implements SchemaChange {

  public GrantPrivilege {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(grantee, "grantee");
    Objects.requireNonNull(privilege, "privilege");
  }

  @Override
  public RevokePrivilege inverse() {
    return new RevokePrivilege(target, grantee, privilege, withGrantOption);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
