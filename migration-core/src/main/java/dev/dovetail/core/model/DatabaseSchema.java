package dev.dovetail.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Dovetail manages in one database: an immutable snapshot keyed by qualified names. Lists are
 * kept sorted so that two equal catalogs are equal records regardless of the order they were read in.
 *
 * @param schemas names of the user schemas (system schemas and extension-owned schemas excluded)
 * @param tables the ordinary tables, with their columns, constraints and indexes
 */
public record DatabaseSchema(List<String> schemas, List<Table> tables) {

  public DatabaseSchema {
    schemas = schemas.stream().sorted().toList();
    tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
  }

  /** @return a catalog with nothing in it, not even {@code public} */
  public static DatabaseSchema empty() {
    return new DatabaseSchema(List.of(), List.of());
  }

  public Optional<Table> table(QualifiedName name) {
    Objects.requireNonNull(name, "name");
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
