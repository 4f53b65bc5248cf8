package dev.dovetail.diff.compare;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.change.AlterDomain;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreateDomain;
import dev.dovetail.core.change.DropDomain;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Domain;
import dev.dovetail.core.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Domains: their default, nullability and checks change in place; a new base type or collation is refused. */
final class DomainComparer {

  private DomainComparer() {}

  static List<SchemaChange> compare(DatabaseSchema current, DatabaseSchema declared) {
    List<SchemaChange> changes = new ArrayList<>();
    Keyed<QualifiedName, Domain> domains = Keyed.of(current.domains(), declared.domains(), Domain::name);
    domains.removed().forEach(d -> changes.add(new DropDomain(d)));
    for (Keyed.Both<Domain> d : domains.declared()) {
      Domain old = d.from();
      Domain domain = d.to();
      if (old == null) {
        changes.add(new CreateDomain(domain));
        continue;
      }
      changes.addAll(Comments.of(Comments.target(CommentTarget.Kind.DOMAIN, domain.name(), null), old.comment(), domain.comment()));
      if (old.withComment(null).equals(domain.withComment(null))) {
        continue;
      }
      if (!old.baseType().equals(domain.baseType()) || !Objects.equals(old.collation(), domain.collation())) {
        throw new MigrationException(
            ErrorCode.UNSUPPORTED_CHANGE,
            "domain " + domain.name() + " changes its base type or collation (" + old.baseType() + " to " + domain.baseType()
                + "), which Dovetail cannot migrate yet; declare a new domain, move the columns to it, then drop the old one");
      }
      changes.add(new AlterDomain(old, domain.withComment(old.comment())));
    }
    return changes;
  }
}
