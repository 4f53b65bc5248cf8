package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
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
  public Subject subject() {
    return new Subject(Kind.PRIVILEGE, null, privilege + " on " + target, grantee, Verb.GRANT);
  }

  @Override
  public String baseName() {
    return NameWords.join("grant", NameWords.word(privilege), "on", NameWords.privilegeObject(target), "to", NameWords.word(grantee));
  }

  @Override
  public String describe() {
    return "Grants " + privilege + " on " + target + " to " + grantee + (withGrantOption ? " with grant option." : ".");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
