package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.PrivilegeTarget;
import java.util.Objects;

/**
 * {@code REVOKE privilege ON object FROM grantee}: the privilege goes, its grant option with it.
 *
 * @param target the object
 * @param grantee the role, or {@code public} for {@code PUBLIC}
 * @param privilege the privilege ({@code SELECT}, {@code USAGE}, …)
 * @param withGrantOption whether the grantee held it with grant option (what the inverse grants back)
 */
public record RevokePrivilege(PrivilegeTarget target, String grantee, String privilege, boolean withGrantOption)
    implements SchemaChange {

  public RevokePrivilege {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(grantee, "grantee");
    Objects.requireNonNull(privilege, "privilege");
  }

  @Override
  public GrantPrivilege inverse() {
    return new GrantPrivilege(target, grantee, privilege, withGrantOption);
  }

  @Override
  public Subject subject() {
    return new Subject(Kind.PRIVILEGE, null, privilege + " on " + target, grantee, Verb.REVOKE);
  }

  @Override
  public String baseName() {
    return NameWords.join("revoke", NameWords.word(privilege), "on", NameWords.privilegeObject(target), "from", NameWords.word(grantee));
  }

  @Override
  public String describe() {
    return "Revokes " + privilege + " on " + target + " from " + grantee + ".";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
