package dev.dovetail.core.model;

import java.util.Comparator;
import java.util.List;

/**
 * Everything Dovetail manages in one database: an immutable snapshot keyed by qualified names. Lists are
 * kept sorted so that two equal catalogs are equal records regardless of the order they were read in.
 *
 * @param schemas the user schemas (system schemas and extension-owned schemas excluded)
 * @param extensions the installed extensions except {@code plpgsql}, which every database has
 * @param collations the collations of user schemas
 * @param enums the enum types
 * @param domains the domains
 * @param functions the functions and procedures (aggregates and window functions are not managed yet)
 * @param sequences the sequences, identity columns' own excepted
 * @param tables the ordinary tables, with their columns, constraints and indexes
 * @param views the views and materialized views
 * @param compositeTypes the composite types
 * @param statistics the extended statistics objects on those tables
 * @param policies the row-level security policies of those tables
 * @param rowSecurity the tables with row-level security enabled or forced
 * @param privileges the privileges that differ from each object's defaults; empty unless privileges are
 *     included (they are read and compared only then)
 */
public record DatabaseSchema(
    List<PgSchema> schemas,
    List<Extension> extensions,
    List<Collation> collations,
    List<EnumType> enums,
    List<Domain> domains,
    List<Function> functions,
    List<Sequence> sequences,
    List<Table> tables,
    List<View> views,
    List<CompositeType> compositeTypes,
    List<Statistics> statistics,
    List<Policy> policies,
    List<RowSecurity> rowSecurity,
    List<Privilege> privileges) {

  public DatabaseSchema {
    enums = enums.stream().sorted(Comparator.comparing(EnumType::name)).toList();
    domains = domains.stream().sorted(Comparator.comparing(Domain::name)).toList();
    functions = functions.stream().sorted(Comparator.comparing(Function::signature)).toList();
    schemas = schemas.stream().sorted().toList();
    extensions = extensions.stream().sorted(Comparator.comparing(Extension::name)).toList();
    collations = collations.stream().sorted(Comparator.comparing(Collation::name)).toList();
    sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
    tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
    views = views.stream().sorted(Comparator.comparing(View::name)).toList();
    compositeTypes = compositeTypes.stream().sorted(Comparator.comparing(CompositeType::name)).toList();
    statistics = statistics.stream().sorted(Comparator.comparing(Statistics::name)).toList();
    policies = policies.stream().sorted(Comparator.comparing(Policy::table).thenComparing(Policy::name)).toList();
    rowSecurity = rowSecurity.stream().filter(r -> !r.isOff()).sorted(Comparator.comparing(RowSecurity::table)).toList();
    privileges = privileges.stream().distinct().sorted().toList();
  }

  /** @return a catalog of schemas and tables only */
  public static DatabaseSchema of(List<String> schemas, List<Table> tables) {
    return new DatabaseSchema(schemas.stream().map(PgSchema::named).toList(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), tables, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }


  /** @return a copy with other tables (what a filter or a rewrite of tables keeps of every other kind stays) */
  public DatabaseSchema withTables(List<Table> newTables) {
    return new DatabaseSchema(schemas, extensions, collations, enums, domains, functions, sequences, newTables, views, compositeTypes, statistics, policies, rowSecurity, privileges);
  }

  /** @return a copy with other enum types */
  public DatabaseSchema withEnums(List<EnumType> newEnums) {
    return new DatabaseSchema(schemas, extensions, collations, newEnums, domains, functions, sequences, tables, views, compositeTypes, statistics, policies, rowSecurity, privileges);
  }

  /** @return a copy with other policies, row-level security and privileges */
  public DatabaseSchema withSecurity(List<Policy> newPolicies, List<RowSecurity> newRowSecurity, List<Privilege> newPrivileges) {
    return new DatabaseSchema(schemas, extensions, collations, enums, domains, functions, sequences, tables, views, compositeTypes, statistics, newPolicies, newRowSecurity, newPrivileges);
  }

  /** @return the table of that name, if the schema has it (a linear search: look up many through a map) */
  public java.util.Optional<Table> table(QualifiedName name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
