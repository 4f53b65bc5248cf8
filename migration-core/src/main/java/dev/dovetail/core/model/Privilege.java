package dev.dovetail.core.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One difference between an object's privileges and the defaults it gets at creation ({@code acldefault}):
 * either a privilege granted beyond them, or a default privilege revoked (such as {@code EXECUTE} for
 * {@code PUBLIC} on a function). The owner's own privileges are not modelled. Who granted is not part of it.
 *
 * @param target the object
 * @param grantee the role, or {@link Policy#PUBLIC} for {@code PUBLIC}
 * @param privilege {@code SELECT}, {@code INSERT}, {@code USAGE}, {@code EXECUTE}, …
 * @param grantable whether it was granted {@code WITH GRANT OPTION}
 * @param revoked true for a default privilege that was revoked, false for a privilege granted beyond the defaults
 */
public record Privilege(PrivilegeTarget target, String grantee, String privilege, boolean grantable, boolean revoked)
    implements Comparable<Privilege>, java.io.Serializable {

  private static final Comparator<Privilege> ORDER =
      Comparator.comparing(Privilege::target)
          .thenComparing(Privilege::grantee)
          .thenComparing(Privilege::privilege)
          .thenComparing(Privilege::grantable)
          .thenComparing(Privilege::revoked);

  public Privilege {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(grantee, "grantee");
    Objects.requireNonNull(privilege, "privilege");
  }

  @Override
  public int compareTo(Privilege other) {
    return ORDER.compare(this, other);
  }
}
