package dev.dovetail.it;

import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.it.SchemaCrawlerShape.CatalogShape;
import dev.dovetail.it.SchemaCrawlerShape.ForeignKeyShape;
import dev.dovetail.it.SchemaCrawlerShape.IndexShape;
import dev.dovetail.it.SchemaCrawlerShape.KeyShape;
import dev.dovetail.it.SchemaCrawlerShape.TableShape;
import java.sql.Connection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import schemacrawler.inclusionrule.RegularExpressionExclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.ForeignKeyDeferrability;
import schemacrawler.schema.ForeignKeyUpdateRule;
import schemacrawler.schema.Index;
import schemacrawler.schema.IndexColumn;
import schemacrawler.schema.PrimaryKey;
import schemacrawler.schema.Schema;
import schemacrawler.schema.Table;
import schemacrawler.schema.TableConstraintColumn;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * Crawls a database with SchemaCrawler (an implementation independent of Dovetail's: JDBC
 * {@code DatabaseMetaData} plus SchemaCrawler's PostgreSQL plugin) and maps the result into
 * {@link SchemaCrawlerShape}.
 */
final class SchemaCrawlerOracle {

  /** System schemas; Dovetail's reader skips them (and every other {@code pg_*} schema) too. */
  private static final String SYSTEM_SCHEMAS = "pg_catalog|information_schema|pg_toast.*";

  private static final SchemaCrawlerOptions OPTIONS =
      SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
          .withLimitOptions(
              LimitOptionsBuilder.builder()
                  .includeSchemas(new RegularExpressionExclusionRule(SYSTEM_SCHEMAS))
                  // Ordinary and partitioned tables only: no views, sequences or foreign tables, no routines.
                  // The driver reports partitions as TABLE; the test leaves them out before comparing.
                  .tableTypes("TABLE", "PARTITIONED TABLE")
                  .toOptions())
          .withLoadOptions(
              LoadOptionsBuilder.builder()
                  .withSchemaInfoLevel(
                      // "standard" loads tables, columns, primary keys, foreign keys and indexes. Routines
                      // and the column data type catalogue are not compared and only cost time.
                      SchemaInfoLevelBuilder.builder()
                          .fromOptions(SchemaInfoLevelBuilder.standard())
                          .withoutRoutines()
                          .setRetrieveColumnDataTypes(false)
                          .toOptions())
                  .toOptions());

  private SchemaCrawlerOracle() {}

  /** SchemaCrawler logs each crawl step at INFO through java.util.logging; keep the build log readable. */
  static void quietLogging() {
    for (String name : List.of("schemacrawler", "us.fatehi")) {
      Logger.getLogger(name).setLevel(Level.WARNING);
    }
  }

  /**
   * @param connection a connection to the database, with the driver's default options (SchemaCrawler's metadata queries
   *     are prepared statements, which the driver prepares on the server from their fifth run on a session)
   * @return the database as SchemaCrawler sees it
   */
  static CatalogShape crawl(Connection connection) throws Exception {
    DatabaseConnectionSource source = DatabaseConnectionSources.fromConnection(connection);
    Catalog catalog;
    try {
      catalog = SchemaCrawlerUtility.getCatalog(source, OPTIONS);
    } finally {
      source.close(); // not try-with-resources: close() declares Exception
    }
    SortedSet<String> schemas = new TreeSet<>();
    for (Schema schema : catalog.getSchemas()) {
      schemas.add(schema.getName());
    }
    SortedMap<QualifiedName, TableShape> tables = new TreeMap<>();
    for (Table table : catalog.getTables()) {
      TableShape shape = shape(table);
      tables.put(shape.name(), shape);
    }
    return new CatalogShape(schemas, tables);
  }

  private static QualifiedName name(Table table) {
    return new QualifiedName(table.getSchema().getName(), table.getName());
  }

  private static TableShape shape(Table table) {
    Map<String, Boolean> columns = new TreeMap<>();
    for (Column column : table.getColumns()) {
      columns.put(column.getName(), !column.isNullable());
    }

    KeyShape primaryKey = null;
    if (table.hasPrimaryKey()) {
      PrimaryKey pk = table.getPrimaryKey();
      primaryKey =
          new KeyShape(
              pk.getName(),
              pk.getConstrainedColumns().stream()
                  .sorted(Comparator.comparingInt(TableConstraintColumn::getTableConstraintOrdinalPosition))
                  .map(Column::getName)
                  .toList());
    }

    Map<String, ForeignKeyShape> foreignKeys = new TreeMap<>();
    // Imported keys are the ones this table declares; exported ones belong to the referencing tables.
    for (schemacrawler.schema.ForeignKey fk : table.getImportedForeignKeys()) {
      List<ColumnReference> references =
          fk.getColumnReferences().stream().sorted(Comparator.comparingInt(ColumnReference::getKeySequence)).toList();
      ForeignKeyDeferrability deferrability = fk.getDeferrability();
      if (deferrability == ForeignKeyDeferrability.unknown) {
        throw new IllegalStateException("SchemaCrawler reports unknown deferrability for foreign key " + fk.getName());
      }
      foreignKeys.put(
          fk.getName(),
          new ForeignKeyShape(
              fk.getName(),
              references.stream().map(r -> r.getForeignKeyColumn().getName()).toList(),
              name(fk.getPrimaryKeyTable()),
              references.stream().map(r -> r.getPrimaryKeyColumn().getName()).toList(),
              action(fk.getUpdateRule(), fk.getName()),
              action(fk.getDeleteRule(), fk.getName()),
              deferrability != ForeignKeyDeferrability.keyNotDeferrable,
              deferrability == ForeignKeyDeferrability.initiallyDeferred));
    }

    Map<String, IndexShape> indexes = new TreeMap<>();
    for (Index index : table.getIndexes()) {
      indexes.put(
          index.getName(),
          new IndexShape(
              index.getName(),
              index.isUnique(),
              index.getColumns().stream()
                  .sorted(Comparator.comparingInt(IndexColumn::getIndexOrdinalPosition))
                  // pgjdbc's getIndexInfo reports an index column as pg_get_indexdef's text with the outer
                  // double quotes trimmed but embedded ones still doubled ("weird""name" becomes
                  // weird""name), so undo the doubling; a bare identifier never contains a quote.
                  .map(column -> column.getName().replace("\"\"", "\""))
                  .toList()));
    }
    return new TableShape(name(table), columns, primaryKey, foreignKeys, indexes);
  }

  private static ForeignKey.Action action(ForeignKeyUpdateRule rule, String foreignKey) {
    switch (rule) {
      case noAction:
        return ForeignKey.Action.NO_ACTION;
      case restrict:
        return ForeignKey.Action.RESTRICT;
      case cascade:
        return ForeignKey.Action.CASCADE;
      case setNull:
        return ForeignKey.Action.SET_NULL;
      case setDefault:
        return ForeignKey.Action.SET_DEFAULT;
      default:
        throw new IllegalStateException("SchemaCrawler reports rule " + rule + " for foreign key " + foreignKey);
    }
  }
}
