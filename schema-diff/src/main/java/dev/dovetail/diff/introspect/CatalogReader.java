package dev.dovetail.diff.introspect;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.Collation;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ColumnSettings;
import dev.dovetail.core.model.CompositeType;
import dev.dovetail.core.model.RangeType;
import dev.dovetail.core.model.ColumnRef;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Domain;
import dev.dovetail.core.model.EnumType;
import dev.dovetail.core.model.ExclusionConstraint;
import dev.dovetail.core.model.Extension;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Function;
import dev.dovetail.core.model.Identity;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.PgSchema;
import dev.dovetail.core.model.Policy;
import dev.dovetail.core.model.Ownership;
import dev.dovetail.core.model.Ownerships;
import dev.dovetail.core.model.Privilege;
import dev.dovetail.core.model.PrivilegeTarget;
import dev.dovetail.core.model.RowSecurity;
import dev.dovetail.core.model.Rule;
import dev.dovetail.core.model.PrimaryKey;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.ReplicaIdentity;
import dev.dovetail.core.model.Sequence;
import dev.dovetail.core.model.Statistics;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.model.Trigger;
import dev.dovetail.core.model.UniqueConstraint;
import dev.dovetail.core.model.UnmanagedObject;
import dev.dovetail.core.model.View;
import dev.dovetail.core.model.Attribute;
import dev.dovetail.core.model.ViewDependencies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import dev.dovetail.diff.sql.Deparsed;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Reads a database into a {@link DatabaseSchema} with a fixed set of set-based catalog queries (kept as
 * {@code .sql} resources beside this class), all in one {@code REPEATABLE READ} snapshot. The number of
 * queries does not depend on the number of objects. Definitions come from PostgreSQL's own deparsers, read
 * with {@code search_path = pg_catalog} so that every user object in them is schema-qualified: the text is
 * then the same whichever database it was read from.
 */
public final class CatalogReader {

  private static final List<String> QUERIES = List.of("schemas", "extensions", "collations", "enums", "domains", "composite_types", "range_types", "functions", "sequences", "tables", "columns", "constraints", "views", "indexes", "triggers", "partitions", "statistics", "unmanaged", "unmanaged_dependents", "policies", "rules", "privileges", "owners");
  private static final Map<String, String> SQL = loadQueries();

  private final AtomicInteger queriesRun = new AtomicInteger();
  private final boolean includePrivileges;

  /** A reader that leaves privileges out (they are neither read nor compared). */
  public CatalogReader() {
    this(false);
  }

  /** @param includePrivileges whether to read privileges too, with one more query */
  public CatalogReader(boolean includePrivileges) {
    this.includePrivileges = includePrivileges;
  }

  /** @return the names of the catalog queries, each kept as {@code <name>.sql} beside this class */
  public static List<String> queryNames() {
    return QUERIES;
  }

  /** @return whether this reader reads privileges */
  public boolean includesPrivileges() {
    return includePrivileges;
  }

  /** @return how many catalog queries this reader has run so far (for tests of the fixed query count) */
  public int queriesRun() {
    return queriesRun.get();
  }

  /**
   * Reads the catalog. The connection's transaction state is restored afterwards; it may be read-only.
   *
   * @throws MigrationException with {@link ErrorCode#INTROSPECTION_FAILED} when a query fails
   */
  public DatabaseSchema read(Connection connection) {
    PreparedCatalogQueries prepared = PreparedCatalogQueries.of(connection);
    prepared.startRead();
    DatabaseSchema schema = inSnapshot(connection, "reading the catalog", this::readInSnapshot);
    prepared.endRead();
    return schema;
  }

  /**
   * Lists what is in the database but not managed by Dovetail, with one more catalog query.
   *
   * @throws MigrationException with {@link ErrorCode#INTROSPECTION_FAILED} when the query fails
   */
  public List<UnmanagedObject> unmanaged(Connection connection) {
    return inSnapshot(
        connection,
        "listing unmanaged objects",
        statement -> {
          List<UnmanagedObject> objects = new ArrayList<>();
          query(statement, "unmanaged", rs -> objects.add(new UnmanagedObject(rs.getString("kind"), rs.getString("name"))));
          return List.copyOf(objects);
        });
  }

  /**
   * Reads what the objects Dovetail does not manage depend on among those it does, so that a plan that would drop one
   * of those can be refused before it is written ({@link UnmanagedDependent#refuseBlockedDrops}).
   *
   * @throws MigrationException with {@link ErrorCode#INTROSPECTION_FAILED} when the query fails
   */
  public List<UnmanagedDependent> unmanagedDependents(Connection connection) {
    return inSnapshot(
        connection,
        "listing what unmanaged objects depend on",
        statement -> {
          List<UnmanagedDependent> dependents = new ArrayList<>();
          query(statement, "unmanaged_dependents", rs -> dependents.add(new UnmanagedDependent(
              rs.getString("dependent"), rs.getString("kind"), rs.getString("schema"), rs.getString("name"), rs.getString("member"))));
          return List.copyOf(dependents);
        });
  }

  /**
   * Reads the privileges granted or revoked beyond the defaults, whatever this reader was made for: with privileges
   * off, what a declared schema grants is named in a warning rather than ignored silently.
   *
   * @throws MigrationException with {@link ErrorCode#INTROSPECTION_FAILED} when the query fails
   */
  public List<Privilege> privileges(Connection connection) {
    return inSnapshot(
        connection,
        "reading privileges",
        statement -> {
          List<Privilege> privileges = new ArrayList<>();
          query(statement, "privileges", rs -> privileges.add(privilege(rs)));
          return List.copyOf(privileges);
        });
  }

  /**
   * Runs {@code work} in a read-only {@code REPEATABLE READ} transaction with {@code search_path = pg_catalog}, so
   * that every deparsed name is qualified, then restores the connection's transaction state.
   */
  private <T> T inSnapshot(Connection connection, String what, SnapshotWork<T> work) {
    try {
      try {
        return snapshot(connection, work);
      } catch (SQLException e) {
        if (!PreparedCatalogQueries.of(connection).giveUpOn(e)) {
          throw e;
        }
        return snapshot(connection, work); // with plain queries
      }
    } catch (SQLException e) {
      throw new MigrationException(ErrorCode.INTROSPECTION_FAILED, what + ": " + e.getMessage(), e);
    }
  }

  private static <T> T snapshot(Connection connection, SnapshotWork<T> work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      statement.execute("SET LOCAL search_path = pg_catalog");
      return work.run(statement);
    } finally {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
    }
  }

  @FunctionalInterface
  private interface SnapshotWork<T> {
    T run(Statement statement) throws SQLException;
  }

  private DatabaseSchema readInSnapshot(Statement statement) throws SQLException {
    List<PgSchema> schemas = new ArrayList<>();
    query(statement, "schemas", rs -> schemas.add(new PgSchema(rs.getString("schema_name"), rs.getString("comment"))));

    List<Extension> extensions = new ArrayList<>();
    query(statement, "extensions", rs -> extensions.add(
        new Extension(rs.getString("extension_name"), rs.getString("schema_name"), rs.getString("version"),
            strings(rs.getArray("updatable_to")))));

    List<Collation> collations = new ArrayList<>();
    query(statement, "collations", rs -> collations.add(new Collation(
        new QualifiedName(rs.getString("schema_name"), rs.getString("collation_name")),
        rs.getString("provider"),
        rs.getString("locale"),
        rs.getString("lc_collate"),
        rs.getString("lc_ctype"),
        rs.getBoolean("deterministic"),
        rs.getString("rules"))));

    List<EnumType> enums = new ArrayList<>();
    query(statement, "enums", rs -> enums.add(new EnumType(
        new QualifiedName(rs.getString("schema_name"), rs.getString("type_name")),
        rs.getString("reference"),
        strings(rs.getArray("labels")),
        rs.getString("comment"))));

    List<Domain> domains = new ArrayList<>();
    query(statement, "domains", rs -> domains.add(domain(rs)));

    List<CompositeType> compositeTypes = new ArrayList<>();
    query(statement, "composite_types", rs -> compositeTypes.add(compositeType(rs)));

    List<RangeType> rangeTypes = new ArrayList<>();
    query(statement, "range_types", rs -> rangeTypes.add(rangeType(rs)));

    List<Function> functions = new ArrayList<>();
    query(statement, "functions", rs -> functions.add(new Function(
        new QualifiedName(rs.getString("schema_name"), rs.getString("function_name")),
        rs.getString("argument_types"),
        rs.getString("identity_arguments"),
        switch (rs.getString("kind")) {
          case "p" -> Function.Kind.PROCEDURE;
          case "a" -> Function.Kind.AGGREGATE;
          default -> Function.Kind.FUNCTION;
        },
        rs.getString("arguments"),
        rs.getString("result"),
        rs.getString("definition"),
        rs.getString("comment"),
        strings(rs.getArray("calls")),
        qualifiedNames(strings(rs.getArray("reads_schemas")), strings(rs.getArray("reads_names"))))));

    List<Sequence> sequences = new ArrayList<>();
    query(statement, "sequences", rs -> sequences.add(sequence(rs)));

    Map<QualifiedName, TableParts> tables = new LinkedHashMap<>();
    query(statement, "tables", rs -> tables.put(tableName(rs), new TableParts(rs)));
    query(statement, "columns", rs -> {
      TableParts parts = part(tables, rs);
      parts.columns.add(column(rs));
      Object target = rs.getObject("statistics_target");
      if (target != null) {
        parts.statisticsTargets.put(rs.getString("column_name"), ((Number) target).intValue());
      }
      if (rs.getBoolean("inherited_only")) {
        parts.inheritedColumns.add(rs.getString("column_name"));
      }
      ColumnSettings settings = new ColumnSettings(
          storage(rs.getString("storage")), storage(rs.getString("type_storage")), rs.getString("compression"),
          strings(rs.getArray("attribute_options")));
      if (!settings.isDefault()) {
        parts.columnSettings.put(rs.getString("column_name"), settings);
      }
    });
    // what partitions have of their own, kept with their partitions below
    Map<QualifiedName, List<Constraint>> partitionConstraints = new LinkedHashMap<>();
    Map<QualifiedName, List<Index>> partitionIndexes = new LinkedHashMap<>();
    query(statement, "constraints", rs -> {
      if (rs.getBoolean("on_partition")) {
        partitionConstraints.computeIfAbsent(tableName(rs), k -> new ArrayList<>()).add(constraint(rs));
      } else {
        part(tables, rs).constraints.add(constraint(rs));
      }
    });
    Map<QualifiedName, View> views = new LinkedHashMap<>();
    query(statement, "views", rs -> {
      View view = view(rs);
      views.put(view.name(), view);
    });
    Map<QualifiedName, List<Index>> viewIndexes = new LinkedHashMap<>();
    query(statement, "indexes", rs -> {
      Index index = index(rs);
      if (views.containsKey(index.table())) {
        viewIndexes.computeIfAbsent(index.table(), k -> new ArrayList<>()).add(index);
      } else if (rs.getBoolean("on_partition")) {
        partitionIndexes.computeIfAbsent(index.table(), k -> new ArrayList<>()).add(index);
      } else {
        part(tables, rs).indexes.add(index);
      }
    });
    Map<QualifiedName, List<Trigger>> viewTriggers = new LinkedHashMap<>();
    Map<QualifiedName, List<Trigger>> partitionTriggers = new LinkedHashMap<>();
    query(statement, "triggers", rs -> {
      Trigger trigger = new Trigger(
          rs.getString("trigger_name"),
          tableName(rs),
          rs.getString("definition"),
          rs.getString("enabled").charAt(0),
          strings(rs.getArray("columns")),
          rs.getString("comment"));
      if (views.containsKey(trigger.table())) {
        viewTriggers.computeIfAbsent(trigger.table(), k -> new ArrayList<>()).add(trigger);
      } else if (rs.getBoolean("on_partition")) {
        partitionTriggers.computeIfAbsent(trigger.table(), k -> new ArrayList<>()).add(trigger);
      } else {
        part(tables, rs).triggers.add(trigger);
      }
    });

    List<RowSecurity> partitionRowSecurity = new ArrayList<>();
    // a partition that is partitioned again holds its own partitions: each is kept by its parent, then built from the
    // bottom up, once all are read
    Map<QualifiedName, List<Partition>> below = new LinkedHashMap<>();
    List<PartitionRow> partitionRows = new ArrayList<>();
    query(statement, "partitions", rs -> {
      QualifiedName partition = new QualifiedName(rs.getString("partition_schema"), rs.getString("partition_name"));
      partitionRowSecurity.add(new RowSecurity(partition, rs.getBoolean("row_security"), rs.getBoolean("force_row_security")));
      partitionRows.add(new PartitionRow(
          tableName(rs),
          new QualifiedName(rs.getString("parent_schema"), rs.getString("parent_name")),
          new Partition(
              partition,
              rs.getString("bound"),
              rs.getString("comment"),
              partitionConstraints.getOrDefault(partition, List.of()),
              partitionIndexes.getOrDefault(partition, List.of()),
              ReplicaIdentity.of(rs.getString("replica_identity"), rs.getString("replica_identity_index"),
                  rs.getString("replica_identity_parent_index") == null
                      ? null
                      : new QualifiedName(rs.getString("replica_identity_parent_schema"), rs.getString("replica_identity_parent_index"))),
              partitionTriggers.getOrDefault(partition, List.of()),
              rs.getString("partition_key"),
              List.of())));
    });
    partitionRows.forEach(r -> below.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r.partition()));
    for (PartitionRow row : partitionRows) {
      if (row.parent().equals(row.table())) {
        TableParts parts = tables.get(row.table());
        if (parts == null) {
          throw new SQLException("partition " + row.partition().name() + " of unknown table " + row.table());
        }
        parts.partitions.add(withPartitions(row.partition(), below));
      }
    }

    List<Statistics> statistics = new ArrayList<>();
    query(statement, "statistics", rs -> statistics.add(new Statistics(
        new QualifiedName(rs.getString("schema_name"), rs.getString("statistics_name")),
        new QualifiedName(rs.getString("table_schema"), rs.getString("table_name")),
        Deparsed.statisticsDefinition(rs.getString("definition")),
        strings(rs.getArray("columns")),
        (Integer) rs.getObject("target"))));

    List<Table> result = new ArrayList<>();
    tables.forEach((name, parts) -> result.add(
        new Table(
            name,
            parts.columns,
            parts.constraints,
            parts.indexes,
            parts.comment,
            parts.unlogged,
            parts.storageParameters,
            parts.triggers,
            parts.partitionKey,
            parts.partitions,
            parts.replicaIdentity,
            parts.clusterIndex,
            parts.statisticsTargets,
            parts.parents,
            parts.inheritedColumns,
            parts.columnSettings)));
    List<View> viewList = new ArrayList<>();
    views.forEach((name, view) -> viewList.add(
        view.with(viewIndexes.getOrDefault(name, List.of()), viewTriggers.getOrDefault(name, List.of()))));
    List<RowSecurity> rowSecurity = new ArrayList<>();
    tables.forEach((name, parts) -> rowSecurity.add(new RowSecurity(name, parts.rowSecurity, parts.forceRowSecurity)));
    rowSecurity.addAll(partitionRowSecurity);
    List<Policy> policies = new ArrayList<>();
    query(statement, "policies", rs -> policies.add(policy(rs)));
    List<Rule> rules = new ArrayList<>();
    query(statement, "rules", rs -> rules.add(tableRule(rs)));
    List<Privilege> privileges = new ArrayList<>();
    if (includePrivileges) {
      query(statement, "privileges", rs -> privileges.add(privilege(rs)));
    }
    DatabaseSchema read = DatabaseSchema.builder()
        .schemas(schemas)
        .extensions(extensions)
        .collations(collations)
        .enums(enums)
        .domains(domains)
        .functions(functions)
        .sequences(sequences)
        .tables(result)
        .views(viewList)
        .compositeTypes(compositeTypes)
        .rangeTypes(rangeTypes)
        .statistics(statistics)
        .policies(policies)
        .rules(rules)
        .rowSecurity(rowSecurity)
        .privileges(privileges)
        .build();
    List<Ownership> owners = new ArrayList<>();
    query(statement, "owners", rs -> owners.add(ownership(rs)));
    return read.toBuilder().owners(Ownerships.modelled(read, owners)).build();
  }

  /** @return a storage strategy's name, as {@code SET STORAGE} takes it, from its {@code pg_attribute} letter */
  private static String storage(String letter) {
    if (letter == null) {
      return null;
    }
    return switch (letter) {
      case "p" -> "PLAIN";
      case "e" -> "EXTERNAL";
      case "x" -> "EXTENDED";
      case "m" -> "MAIN";
      default -> throw new IllegalStateException("unknown storage strategy " + letter);
    };
  }

  private static Ownership ownership(ResultSet rs) throws SQLException {
    return new Ownership(
        new Ownership.Target(
            Ownership.Kind.valueOf(rs.getString("kind")),
            rs.getString("schema_name"),
            rs.getString("object_name"),
            rs.getString("arguments")),
        rs.getString("owner"));
  }

  private void query(Statement statement, String name, RowHandler handler) throws SQLException {
    queriesRun.incrementAndGet();
    PreparedCatalogQueries prepared = PreparedCatalogQueries.of(statement.getConnection());
    try (ResultSet rs = statement.executeQuery(prepared.textFor(statement, name, SQL.get(name)))) {
      while (rs.next()) {
        prepared.row();
        handler.accept(rs);
      }
    } catch (SQLException e) {
      throw new SQLException("catalog query " + name + ".sql: " + e.getMessage(), e.getSQLState(), e);
    }
  }

  private static TableParts part(Map<QualifiedName, TableParts> tables, ResultSet rs) throws SQLException {
    QualifiedName name = tableName(rs);
    TableParts parts = tables.get(name);
    if (parts == null) {
      // Only possible if a catalog query's filter drifts from tables.sql.
      throw new SQLException("row for unknown table " + name);
    }
    return parts;
  }

  private static QualifiedName tableName(ResultSet rs) throws SQLException {
    return new QualifiedName(rs.getString("schema_name"), rs.getString("table_name"));
  }

  private static CompositeType compositeType(ResultSet rs) throws SQLException {
    return new CompositeType(
        new QualifiedName(rs.getString("schema_name"), rs.getString("type_name")),
        rs.getString("reference"),
        attributes(rs),
        rs.getString("comment"));
  }

  private static RangeType rangeType(ResultSet rs) throws SQLException {
    return new RangeType(
        new QualifiedName(rs.getString("schema_name"), rs.getString("type_name")),
        rs.getString("subtype"),
        nameOrNull(rs.getString("opclass_schema"), rs.getString("opclass_name")),
        nameOrNull(rs.getString("collation_schema"), rs.getString("collation_name")),
        nameOrNull(rs.getString("canonical_schema"), rs.getString("canonical_name")),
        nameOrNull(rs.getString("subtype_diff_schema"), rs.getString("subtype_diff_name")),
        new QualifiedName(rs.getString("multirange_schema"), rs.getString("multirange_name")),
        rs.getString("comment"));
  }

  /** @return the qualified name, or null when the catalog gave no name (no collation, no function, the default) */
  private static QualifiedName nameOrNull(String schema, String name) {
    return name == null ? null : new QualifiedName(schema, name);
  }

  private static View view(ResultSet rs) throws SQLException {
    QualifiedName name = new QualifiedName(rs.getString("schema_name"), rs.getString("view_name"));
    List<QualifiedName> columnTables =
        names(strings(rs.getArray("read_column_schemas")), strings(rs.getArray("read_column_tables")));
    List<String> columnNames = strings(rs.getArray("read_column_names"));
    List<ColumnRef> readColumns = new ArrayList<>();
    for (int i = 0; i < columnNames.size(); i++) {
      readColumns.add(new ColumnRef(columnTables.get(i), columnNames.get(i)));
    }
    return new View(
        name,
        rs.getBoolean("materialized"),
        withoutSemicolon(rs.getString("definition")),
        strings(rs.getArray("options")),
        attributes(rs),
        List.of(),
        rs.getString("comment"),
        new ViewDependencies(
            names(strings(rs.getArray("relation_schemas")), strings(rs.getArray("relation_names"))),
            readColumns,
            strings(rs.getArray("functions")),
            names(strings(rs.getArray("type_schemas")), strings(rs.getArray("type_names")))),
        List.of(),
        rules(name, rs));
  }

  /** @return the attributes of a view or composite type, from the parallel arrays both queries select */
  private static List<Attribute> attributes(ResultSet rs) throws SQLException {
    List<String> names = strings(rs.getArray("attribute_names"));
    List<String> types = strings(rs.getArray("attribute_types"));
    List<String> collationSchemas = strings(rs.getArray("collation_schemas"));
    List<String> collationNames = strings(rs.getArray("collation_names"));
    List<String> comments = strings(rs.getArray("attribute_comments"));
    List<Attribute> attributes = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String collation = collationNames.get(i);
      attributes.add(new Attribute(
          names.get(i), types.get(i), nameOrNull(collationSchemas.get(i), collation), comments.get(i)));
    }
    return attributes;
  }

  /** @return a table's rule, with the columns, relations and functions it uses */
  private static Rule tableRule(ResultSet rs) throws SQLException {
    List<QualifiedName> columnTables =
        names(strings(rs.getArray("column_schemas")), strings(rs.getArray("column_tables")));
    List<String> columnNames = strings(rs.getArray("column_names"));
    List<ColumnRef> columns = new ArrayList<>();
    for (int i = 0; i < columnNames.size(); i++) {
      columns.add(new ColumnRef(columnTables.get(i), columnNames.get(i)));
    }
    return new Rule(
        tableName(rs),
        rs.getString("rule_name"),
        withoutSemicolon(rs.getString("definition")),
        rs.getString("comment"),
        columns,
        names(strings(rs.getArray("relation_schemas")), strings(rs.getArray("relation_names"))),
        strings(rs.getArray("functions")));
  }

  private static List<Rule> rules(QualifiedName view, ResultSet rs) throws SQLException {
    List<String> names = strings(rs.getArray("rule_names"));
    List<String> definitions = strings(rs.getArray("rule_definitions"));
    List<String> comments = strings(rs.getArray("rule_comments"));
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      rules.add(new Rule(view, names.get(i), withoutSemicolon(definitions.get(i)), comments.get(i)));
    }
    return rules;
  }

  /** pg_get_viewdef and pg_get_ruledef end their text with a semicolon; statements are rendered without one. */
  private static String withoutSemicolon(String deparsed) {
    String text = deparsed.strip();
    return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
  }

  /** @return the qualified names zipped from parallel arrays of schemas and names */
  private static List<QualifiedName> names(List<String> schemas, List<String> names) {
    List<QualifiedName> result = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      result.add(new QualifiedName(schemas.get(i), names.get(i)));
    }
    return result;
  }

  private static Domain domain(ResultSet rs) throws SQLException {
    List<String> names = strings(rs.getArray("check_names"));
    List<String> definitions = strings(rs.getArray("check_definitions"));
    Boolean[] validated = (Boolean[]) rs.getArray("check_validated").getArray();
    List<Domain.Check> checks = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      checks.add(new Domain.Check(names.get(i), withoutNotValid(definitions.get(i), validated[i]), validated[i]));
    }
    String collationName = rs.getString("collation_name");
    return new Domain(
        new QualifiedName(rs.getString("schema_name"), rs.getString("domain_name")),
        rs.getString("base_type"),
        rs.getBoolean("not_null"),
        rs.getString("default_expression"),
        nameOrNull(rs.getString("collation_schema"), collationName),
        checks,
        rs.getString("comment"));
  }

  private static Sequence sequence(ResultSet rs) throws SQLException {
    String ownerTable = rs.getString("owner_table");
    return new Sequence(
        new QualifiedName(rs.getString("schema_name"), rs.getString("sequence_name")),
        rs.getString("data_type"),
        rs.getLong("seq_start"),
        rs.getLong("seq_increment"),
        rs.getLong("seq_min"),
        rs.getLong("seq_max"),
        rs.getLong("seq_cache"),
        rs.getBoolean("seq_cycle"),
        ownerTable == null
            ? null
            : new ColumnRef(new QualifiedName(rs.getString("owner_schema"), ownerTable), rs.getString("owner_column")),
        rs.getString("comment"));
  }

  private static Column column(ResultSet rs) throws SQLException {
    String identityCode = rs.getString("identity");
    Identity identity = null;
    if (identityCode != null && !identityCode.isEmpty()) {
      identity =
          new Identity(
              "a".equals(identityCode) ? Identity.Generation.ALWAYS : Identity.Generation.BY_DEFAULT,
              rs.getLong("seq_start"),
              rs.getLong("seq_increment"),
              rs.getLong("seq_min"),
              rs.getLong("seq_max"),
              rs.getLong("seq_cache"),
              rs.getBoolean("seq_cycle"));
    }
    String collationName = rs.getString("collation_name");
    List<String> sequenceSchemas = strings(rs.getArray("default_sequence_schemas"));
    List<String> sequenceNames = strings(rs.getArray("default_sequence_names"));
    List<QualifiedName> defaultSequences = new ArrayList<>();
    for (int i = 0; i < sequenceNames.size(); i++) {
      defaultSequences.add(new QualifiedName(sequenceSchemas.get(i), sequenceNames.get(i)));
    }
    return new Column(
        rs.getString("column_name"),
        rs.getString("type"),
        rs.getBoolean("not_null"),
        rs.getString("default_expression"),
        identity,
        rs.getString("generated_expression"),
        nameOrNull(rs.getString("collation_schema"), collationName),
        defaultSequences,
        rs.getString("comment"),
        strings(rs.getArray("generated_reads")),
        strings(rs.getArray("default_functions")),
        rs.getBoolean("default_volatile"));
  }

  private static Constraint constraint(ResultSet rs) throws SQLException {
    String name = rs.getString("constraint_name");
    boolean validated = rs.getBoolean("validated");
    String definition = withoutNotValid(rs.getString("definition"), validated);
    List<String> columns = strings(rs.getArray("columns"));
    String type = rs.getString("type");
    String comment = rs.getString("comment");
    switch (type) {
      case "p":
        return new PrimaryKey(name, columns, definition, comment, rs.getString("index_comment"));
      case "u":
        return new UniqueConstraint(name, columns, definition, comment, rs.getString("index_comment"));
      case "c":
        return new CheckConstraint(name, definition, comment, strings(rs.getArray("functions")), validated);
      case "x":
        return new ExclusionConstraint(name, columns, definition, comment, rs.getString("index_comment"));
      case "f":
        return new ForeignKey(
            name,
            columns,
            new QualifiedName(rs.getString("referenced_schema"), rs.getString("referenced_table")),
            strings(rs.getArray("referenced_columns")),
            ForeignKey.Action.fromCode(rs.getString("on_update").charAt(0)),
            ForeignKey.Action.fromCode(rs.getString("on_delete").charAt(0)),
            rs.getBoolean("deferrable"),
            rs.getBoolean("initially_deferred"),
            definition,
            comment,
            validated);
      default:
        throw new SQLException("unexpected constraint type " + type + " for " + name);
    }
  }

  /**
   * @return a deparsed constraint definition without the {@code NOT VALID} that {@code pg_get_constraintdef} appends to
   *     a constraint not validated: the model keeps the validity apart ({@code validated}), so that a definition is the
   *     same whether the constraint is validated or not
   */
  private static String withoutNotValid(String definition, boolean validated) {
    String suffix = " NOT VALID";
    return !validated && definition.endsWith(suffix) ? definition.substring(0, definition.length() - suffix.length()) : definition;
  }

  private static Index index(ResultSet rs) throws SQLException {
    return new Index(
        rs.getString("index_name"),
        tableName(rs),
        rs.getBoolean("is_unique"),
        rs.getString("method"),
        strings(rs.getArray("keys")),
        strings(rs.getArray("include")),
        rs.getString("predicate"),
        rs.getString("definition"),
        rs.getString("comment"));
  }

  private static Policy policy(ResultSet rs) throws SQLException {
    List<String> columnSchemas = strings(rs.getArray("column_schemas"));
    List<String> columnTables = strings(rs.getArray("column_tables"));
    List<String> columnNames = strings(rs.getArray("column_names"));
    List<ColumnRef> columns = new ArrayList<>();
    for (int i = 0; i < columnNames.size(); i++) {
      columns.add(new ColumnRef(new QualifiedName(columnSchemas.get(i), columnTables.get(i)), columnNames.get(i)));
    }
    List<String> tableSchemas = strings(rs.getArray("table_schemas"));
    List<String> tableNames = strings(rs.getArray("table_names"));
    List<QualifiedName> usedTables = new ArrayList<>();
    for (int i = 0; i < tableNames.size(); i++) {
      usedTables.add(new QualifiedName(tableSchemas.get(i), tableNames.get(i)));
    }
    return new Policy(
        rs.getString("policy_name"),
        tableName(rs),
        rs.getBoolean("permissive"),
        rs.getString("command"),
        strings(rs.getArray("roles")),
        rs.getString("using_expression"),
        rs.getString("check_expression"),
        rs.getString("comment"),
        columns,
        usedTables,
        strings(rs.getArray("functions")));
  }

  private static Privilege privilege(ResultSet rs) throws SQLException {
    return new Privilege(
        new PrivilegeTarget(
            PrivilegeTarget.Kind.valueOf(rs.getString("kind")),
            rs.getString("schema_name"),
            rs.getString("object_name"),
            rs.getString("arguments"),
            rs.getString("column_name")),
        rs.getString("grantee"),
        rs.getString("privilege"),
        rs.getBoolean("grantable"),
        rs.getBoolean("revoked"));
  }

  /** @return the names of parallel arrays of schemas and names */
  private static List<QualifiedName> qualifiedNames(List<String> schemas, List<String> names) {
    return IntStream.range(0, schemas.size()).mapToObj(i -> new QualifiedName(schemas.get(i), names.get(i))).toList();
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    try {
      return Arrays.asList((String[]) array.getArray());
    } finally {
      array.free();
    }
  }

  private static Map<String, String> loadQueries() {
    Map<String, String> queries = new LinkedHashMap<>();
    for (String name : QUERIES) {
      String resource = name + ".sql";
      try (InputStream in = CatalogReader.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing catalog query resource " + resource);
        }
        queries.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Map.copyOf(queries);
  }

  /** A partition as read: the managed table at its root, the table or partition it is a partition of. */
  private record PartitionRow(QualifiedName table, QualifiedName parent, Partition partition) {}

  /** @return the partition with the partitions below it, as read */
  private static Partition withPartitions(Partition partition, Map<QualifiedName, List<Partition>> below) {
    List<Partition> own = below.getOrDefault(partition.name(), List.of());
    if (own.isEmpty()) {
      return partition;
    }
    return new Partition(partition.name(), partition.bound(), partition.comment(), partition.constraints(),
        partition.indexes(), partition.replicaIdentity(), partition.triggers(), partition.partitionKey(),
        own.stream().map(p -> withPartitions(p, below)).toList());
  }

  @FunctionalInterface
  private interface RowHandler {
    void accept(ResultSet rs) throws SQLException;
  }

  private static final class TableParts {
    final String comment;
    final boolean unlogged;
    final List<String> storageParameters;
    final String partitionKey;
    final List<Partition> partitions = new ArrayList<>();
    final boolean rowSecurity;
    final boolean forceRowSecurity;
    final List<Column> columns = new ArrayList<>();
    final List<Constraint> constraints = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<Trigger> triggers = new ArrayList<>();
    final ReplicaIdentity replicaIdentity;
    final String clusterIndex;
    final Map<String, Integer> statisticsTargets = new LinkedHashMap<>();
    final List<QualifiedName> parents;
    final java.util.Set<String> inheritedColumns = new java.util.TreeSet<>();
    final Map<String, ColumnSettings> columnSettings = new LinkedHashMap<>();

    TableParts(ResultSet rs) throws SQLException {
      this.parents = qualifiedNames(strings(rs.getArray("parent_schemas")), strings(rs.getArray("parent_names")));
      this.comment = rs.getString("comment");
      this.unlogged = rs.getBoolean("unlogged");
      this.storageParameters = strings(rs.getArray("storage_parameters"));
      this.partitionKey = rs.getString("partition_key");
      this.rowSecurity = rs.getBoolean("row_security");
      this.forceRowSecurity = rs.getBoolean("force_row_security");
      this.replicaIdentity = ReplicaIdentity.of(rs.getString("replica_identity"), rs.getString("replica_identity_index"));
      this.clusterIndex = rs.getString("cluster_index");
    }
  }
}
