package dev.dovetail.core.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What the owners of a catalog ({@link DatabaseSchema#owners()}) are about: the objects that can have one. */
public final class Ownerships {

  private Ownerships() {}

  /** @return every object of the catalog that has an owner Dovetail manages */
  public static Set<Ownership.Target> targets(DatabaseSchema schema) {
    Set<Ownership.Target> targets = new HashSet<>();
    schema.schemas().forEach(s -> targets.add(new Ownership.Target(Ownership.Kind.SCHEMA, s.name(), null, null)));
    schema.collations().forEach(c -> targets.add(target(Ownership.Kind.COLLATION, c.name())));
    schema.enums().forEach(e -> targets.add(target(Ownership.Kind.ENUM, e.name())));
    schema.domains().forEach(d -> targets.add(target(Ownership.Kind.DOMAIN, d.name())));
    schema.compositeTypes().forEach(c -> targets.add(target(Ownership.Kind.COMPOSITE_TYPE, c.name())));
    schema.rangeTypes().forEach(r -> targets.add(target(Ownership.Kind.RANGE_TYPE, r.name())));
    schema.functions().forEach(f -> targets.add(new Ownership.Target(
        f.procedure() ? Ownership.Kind.PROCEDURE : Ownership.Kind.FUNCTION, f.name().schema(), f.name().name(), f.argumentTypes())));
    schema.sequences().forEach(s -> targets.add(target(Ownership.Kind.SEQUENCE, s.name())));
    for (Table table : schema.tables()) {
      targets.add(target(Ownership.Kind.TABLE, table.name()));
      // a partition has an owner of its own: a new one is owned by the role that creates it, not by its table's owner
      table.allPartitions().forEach(p -> targets.add(target(Ownership.Kind.TABLE, p.name())));
    }
    schema.views().forEach(v -> targets.add(target(v.materialized() ? Ownership.Kind.MATERIALIZED_VIEW : Ownership.Kind.VIEW, v.name())));
    schema.statistics().forEach(s -> targets.add(target(Ownership.Kind.STATISTICS, s.name())));
    return targets;
  }

  private static Ownership.Target target(Ownership.Kind kind, QualifiedName name) {
    return new Ownership.Target(kind, name.schema(), name.name(), null);
  }

  /** @return the owners of objects the catalog models; the rest (a column's sequence, say) are left out */
  public static List<Ownership> modelled(DatabaseSchema schema, List<Ownership> owners) {
    Set<Ownership.Target> targets = targets(schema);
    return owners.stream().filter(o -> targets.contains(o.target())).toList();
  }

  /** @return the owners by object */
  public static Map<Ownership.Target, String> byTarget(DatabaseSchema schema) {
    return schema.owners().stream().collect(Collectors.toMap(Ownership::target, Ownership::owner, (a, b) -> a, TreeMap::new));
  }

  /**
   * The declared schema states an owner only where it says {@code OWNER TO}: an object it declares without one keeps
   * the owner it has in the current state. This is the declared schema with those owners filled in, which is what the
   * migrations must reach.
   *
   * @return {@code declared} with the current owner of every object it declares that exists in {@code current} and
   *     has no stated owner in {@code declared}
   */
  public static DatabaseSchema inheritUnstated(DatabaseSchema declared, DatabaseSchema current) {
    Set<Ownership.Target> declaredTargets = targets(declared);
    Map<Ownership.Target, String> stated = byTarget(declared);
    List<Ownership> owners = new ArrayList<>(declared.owners());
    for (Ownership o : current.owners()) {
      if (declaredTargets.contains(o.target()) && !stated.containsKey(o.target())) {
        owners.add(o);
      }
    }
    return owners.size() == declared.owners().size() ? declared : declared.toBuilder().owners(owners).build();
  }

  /** @return the roles that own objects of the catalog */
  public static Set<String> roles(DatabaseSchema schema) {
    return schema.owners().stream().map(Ownership::owner).collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
