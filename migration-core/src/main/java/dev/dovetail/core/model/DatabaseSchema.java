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
 * @param functions the functions, procedures and aggregates (window functions are not managed yet)
 * @param sequences the sequences, identity columns' own excepted
 * @param tables the ordinary tables, with their columns, constraints and indexes
 * @param views the views and materialized views
 * @param compositeTypes the composite types
 * @param rangeTypes the range types
 * @param statistics the extended statistics objects on those tables
 * @param policies the row-level security policies of those tables
 * @param rules the rules of those tables (a view's are kept with the view)
 * @param rowSecurity the tables with row-level security enabled or forced
 * @param privileges the privileges that differ from each object's defaults; empty unless privileges are
 *     included (they are read and compared only then)
 * @param owners the stated owners of objects: those not owned by the role that read the catalog ({@link Ownership})
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
    List<RangeType> rangeTypes,
    List<Statistics> statistics,
    List<Policy> policies,
    List<Rule> rules,
    List<RowSecurity> rowSecurity,
    List<Privilege> privileges,
    List<Ownership> owners) implements java.io.Serializable {

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
    rangeTypes = rangeTypes.stream().sorted(Comparator.comparing(RangeType::name)).toList();
    statistics = statistics.stream().sorted(Comparator.comparing(Statistics::name)).toList();
    policies = policies.stream().sorted(Comparator.comparing(Policy::table).thenComparing(Policy::name)).toList();
    rules = rules.stream().sorted(Comparator.comparing(Rule::relation).thenComparing(Rule::name)).toList();
    rowSecurity = rowSecurity.stream().filter(r -> !r.isOff()).sorted(Comparator.comparing(RowSecurity::table)).toList();
    privileges = privileges.stream().distinct().sorted().toList();
    owners = owners.stream().distinct().sorted().toList();
  }

  /** @return a catalog of schemas and tables only */
  public static DatabaseSchema of(List<String> schemas, List<Table> tables) {
    return builder().schemas(schemas.stream().map(PgSchema::named).toList()).tables(tables).build();
  }

  /** @return a builder of an empty catalog: every kind not set stays empty */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return a builder holding this catalog, to replace some kinds: the kinds not replaced carry over, so a kind added
   *     to the model later is never dropped by code that changes others
   */
  public Builder toBuilder() {
    return new Builder()
        .schemas(schemas)
        .extensions(extensions)
        .collations(collations)
        .enums(enums)
        .domains(domains)
        .functions(functions)
        .sequences(sequences)
        .tables(tables)
        .views(views)
        .compositeTypes(compositeTypes)
        .rangeTypes(rangeTypes)
        .statistics(statistics)
        .policies(policies)
        .rules(rules)
        .rowSecurity(rowSecurity)
        .privileges(privileges)
        .owners(owners);
  }

  /** Builds a {@link DatabaseSchema}; each kind defaults to none. */
  public static final class Builder {
    private List<PgSchema> schemas = List.of();
    private List<Extension> extensions = List.of();
    private List<Collation> collations = List.of();
    private List<EnumType> enums = List.of();
    private List<Domain> domains = List.of();
    private List<Function> functions = List.of();
    private List<Sequence> sequences = List.of();
    private List<Table> tables = List.of();
    private List<View> views = List.of();
    private List<CompositeType> compositeTypes = List.of();
    private List<RangeType> rangeTypes = List.of();
    private List<Statistics> statistics = List.of();
    private List<Policy> policies = List.of();
    private List<Rule> rules = List.of();
    private List<RowSecurity> rowSecurity = List.of();
    private List<Privilege> privileges = List.of();
    private List<Ownership> owners = List.of();

    private Builder() {}

    public Builder schemas(List<PgSchema> value) {
      this.schemas = value;
      return this;
    }

    public Builder extensions(List<Extension> value) {
      this.extensions = value;
      return this;
    }

    public Builder collations(List<Collation> value) {
      this.collations = value;
      return this;
    }

    public Builder enums(List<EnumType> value) {
      this.enums = value;
      return this;
    }

    public Builder domains(List<Domain> value) {
      this.domains = value;
      return this;
    }

    public Builder functions(List<Function> value) {
      this.functions = value;
      return this;
    }

    public Builder sequences(List<Sequence> value) {
      this.sequences = value;
      return this;
    }

    public Builder tables(List<Table> value) {
      this.tables = value;
      return this;
    }

    public Builder views(List<View> value) {
      this.views = value;
      return this;
    }

    public Builder compositeTypes(List<CompositeType> value) {
      this.compositeTypes = value;
      return this;
    }

    public Builder rangeTypes(List<RangeType> value) {
      this.rangeTypes = value;
      return this;
    }

    public Builder statistics(List<Statistics> value) {
      this.statistics = value;
      return this;
    }

    public Builder policies(List<Policy> value) {
      this.policies = value;
      return this;
    }

    public Builder rules(List<Rule> value) {
      this.rules = value;
      return this;
    }

    public Builder rowSecurity(List<RowSecurity> value) {
      this.rowSecurity = value;
      return this;
    }

    public Builder privileges(List<Privilege> value) {
      this.privileges = value;
      return this;
    }

    public Builder owners(List<Ownership> value) {
      this.owners = value;
      return this;
    }

    public DatabaseSchema build() {
      return new DatabaseSchema(
          schemas, extensions, collations, enums, domains, functions, sequences, tables, views, compositeTypes, rangeTypes, statistics,
          policies, rules, rowSecurity, privileges, owners);
    }
  }


  /** @return the table of that name, if the schema has it (a linear search: look up many through a map) */
  public java.util.Optional<Table> table(QualifiedName name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
