package dev.dovetail.diff.introspect;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An object Dovetail does not manage (a window function, an event trigger, a foreign server, a cast, an operator, a
 * text search configuration, a publication, a foreign table, a rule on a table) that depends on one it does. A plan that
 * drops the object depended on passes its proof, which builds only what Dovetail manages, and then fails on the
 * database with "other objects depend on it"; {@link #refuseBlockedDrops} stops such a run before anything is written.
 *
 * @param dependent the dependent, as PostgreSQL describes it ({@code operator public.<+>(integer,integer)},
 *     {@code event trigger audit_ddl})
 * @param kind what it depends on: {@code function}, {@code type}, {@code relation}, {@code column}, {@code schema},
 *     {@code collation} or {@code extension}
 * @param schema that object's schema (null for an extension)
 * @param name its name (for a column: its table's; null for a schema)
 * @param member a function's argument types, a column's name, else null
 */
public record UnmanagedDependent(String dependent, String kind, String schema, String name, String member) implements java.io.Serializable {

  public UnmanagedDependent {
    Objects.requireNonNull(dependent, "dependent");
    Objects.requireNonNull(kind, "kind");
  }

  /** @return what it depends on, as {@link #keyOf} names what a change drops */
  String key() {
    return kind + "\u0000" + Objects.toString(schema, "") + "\u0000" + Objects.toString(name, "") + "\u0000"
        + Objects.toString(member, "");
  }

  /** @return the object a change drops, named as {@link #key()} names it, or empty when it drops nothing of those kinds */
  static Optional<String> keyOf(Subject subject) {
    if (subject.verb() != Subject.Verb.DROP && subject.verb() != Subject.Verb.RECREATE) {
      return Optional.empty();
    }
    String kind =
        switch (subject.kind()) {
          case FUNCTION, PROCEDURE -> "function";
          case ENUM, DOMAIN, COMPOSITE_TYPE, RANGE_TYPE -> "type";
          case TABLE, VIEW, MATERIALIZED_VIEW, SEQUENCE, PARTITION -> "relation";
          case COLUMN -> "column";
          case SCHEMA -> "schema";
          case COLLATION -> "collation";
          case EXTENSION -> "extension";
          default -> null;
        };
    if (kind == null) {
      return Optional.empty();
    }
    String member = subject.kind() == Subject.Kind.COLUMN || kind.equals("function") ? subject.member() : null;
    return Optional.of(new UnmanagedDependent("", kind, subject.schema(), subject.name(), member).key());
  }

  /**
   * @param changes the changes a plan is made of
   * @param dependents what the current state's unmanaged objects depend on ({@link CatalogReader#unmanagedDependents})
   * @throws MigrationException with {@link ErrorCode#UNSUPPORTED_CHANGE} naming each dropped object and what depends on
   *     it, when a change drops an object an unmanaged one depends on
   */
  public static void refuseBlockedDrops(List<SchemaChange> changes, List<UnmanagedDependent> dependents) {
    if (dependents.isEmpty()) {
      return;
    }
    Map<String, List<UnmanagedDependent>> byObject = dependents.stream().collect(Collectors.groupingBy(UnmanagedDependent::key));
    List<String> blocked = new ArrayList<>();
    for (SchemaChange change : changes) {
      keyOf(change.subject()).map(byObject::get).ifPresent(on -> blocked.add("  " + change.describe() + " Not managed by Dovetail, "
          + on.stream().map(UnmanagedDependent::dependent).distinct().collect(Collectors.joining(", "))
          + (on.size() == 1 ? " depends" : " depend") + " on it."));
    }
    if (!blocked.isEmpty()) {
      throw new MigrationException(ErrorCode.UNSUPPORTED_CHANGE, "the plan drops what objects Dovetail does not manage depend on,"
          + " so its DROP would fail on the database (\"other objects depend on it\"):\n" + String.join("\n", blocked)
          + "\nDrop or change those objects by hand first and run diff again, or keep what they depend on in the declared schema.");
    }
  }
}
