package dev.dovetail.diff.scratch;

/**
 * An {@code ALTER … OWNER TO} statement of declared SQL or a migration, rendered again by Dovetail from its tokens
 * ({@code dev.dovetail.diff.sql.Roles#ownerChange}), which the provider's user runs for a sandbox on its scratch
 * database ({@link ScratchDatabase#ownerChanges}).
 *
 * @param sql the statement, {@code %s} standing for the role (so that {@code CURRENT_USER} can be the sandbox)
 * @param role the new owner, or null for {@code CURRENT_USER}, {@code CURRENT_ROLE} and {@code SESSION_USER}
 */
public record OwnerChange(String sql, String role) {

  /** @return the statement giving the object to {@code owner} */
  String to(String owner) {
    return sql.formatted('"' + owner.replace("\"", "\"\"") + '"');
  }
}
