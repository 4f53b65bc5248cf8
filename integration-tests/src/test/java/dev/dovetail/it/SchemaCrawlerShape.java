package dev.dovetail.it;

import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.ExclusionConstraint;
import dev.dovetail.core.model.PrimaryKey;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The neutral, comparable form both sides of the SchemaCrawler oracle test are mapped into: only what both
 * Dovetail's {@code CatalogReader} and SchemaCrawler can see the same way. Maps are sorted so that
 * AssertJ's failure output is stable and readable.
 */
final class SchemaCrawlerShape {

  private SchemaCrawlerShape() {}

  /**
   * A whole database.
   *
   * @param schemas the names of the non-system schemas, empty ones included
   * @param tables the ordinary tables by name
   */
  record CatalogShape(SortedSet<String> schemas, SortedMap<QualifiedName, TableShape> tables) {}

  /**
   * One ordinary table.
   *
   * @param name schema and table name
   * @param columns column name to {@code NOT NULL}
   * @param primaryKey the primary key, or null
   * @param foreignKeys foreign keys by constraint name
   * @param indexes every index on the table (including the ones backing primary key and unique constraints),
   *     by index name
   */
  record TableShape(
      QualifiedName name,
      Map<String, Boolean> columns,
      KeyShape primaryKey,
      Map<String, ForeignKeyShape> foreignKeys,
      Map<String, IndexShape> indexes) {}

  /**
   * A primary key.
   *
   * @param name the constraint name
   * @param columns the key columns in key order
   */
  record KeyShape(String name, List<String> columns) {}

  /**
   * A foreign key, as both sides see it.
   *
   * @param name the constraint name
   * @param columns the referencing columns in key order
   * @param referencedTable the referenced table
   * @param referencedColumns the referenced columns in key order
   * @param onUpdate the {@code ON UPDATE} action
   * @param onDelete the {@code ON DELETE} action
   * @param deferrable whether the constraint is deferrable
   * @param initiallyDeferred whether it is initially deferred
   */
  record ForeignKeyShape(
      String name,
      List<String> columns,
      QualifiedName referencedTable,
      List<String> referencedColumns,
      ForeignKey.Action onUpdate,
      ForeignKey.Action onDelete,
      boolean deferrable,
      boolean initiallyDeferred) {}

  /**
   * An index.
   *
   * @param name the index name
   * @param unique whether it is unique
   * @param columns the key columns followed by the {@code INCLUDE} columns, or null when (on Dovetail's side)
   *     an element is an expression, which SchemaCrawler reports in its own, different form
   */
  record IndexShape(String name, boolean unique, List<String> columns) {}

  /** @return Dovetail's model in the neutral form */
  static CatalogShape fromDovetail(DatabaseSchema schema) {
    SortedMap<QualifiedName, TableShape> tables = new TreeMap<>();
    for (Table table : schema.tables()) {
      tables.put(table.name(), fromDovetail(table, notNullDomains(schema)));
    }
    return new CatalogShape(new TreeSet<>(schema.schemas().stream().map(dev.dovetail.core.model.PgSchema::name).toList()), tables);
  }

  /**
   * @return how column types name the NOT NULL domains: JDBC reports a column of such a domain as not
   *     nullable, while Dovetail keeps the column's own nullability and the domain's apart
   */
  private static java.util.Set<String> notNullDomains(DatabaseSchema schema) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (dev.dovetail.core.model.Domain domain : schema.domains()) {
      if (domain.notNull()) {
        names.add(quoteLikePostgres(domain.name().schema()) + "." + quoteLikePostgres(domain.name().name()));
      }
    }
    return names;
  }

  private static String quoteLikePostgres(String identifier) {
    return identifier.matches("[a-z_][a-z0-9_$]*") ? identifier : '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /**
   * @return the columns of a key's index as the driver lists them, or null (not compared) for a key with
   *     {@code INCLUDE} columns: the model keeps those in the definition only
   */
  private static List<String> keyIndexColumns(List<String> columns, String definition) {
    return definition.contains(" INCLUDE (") ? null : columns;
  }

  private static TableShape fromDovetail(Table table, java.util.Set<String> notNullDomains) {
    Map<String, Boolean> columns = new TreeMap<>();
    for (Column column : table.columns()) {
      columns.put(column.name(), column.notNull() || notNullDomains.contains(column.type()));
    }
    KeyShape primaryKey = null;
    Map<String, ForeignKeyShape> foreignKeys = new TreeMap<>();
    Map<String, IndexShape> indexes = new TreeMap<>();
    for (Constraint constraint : table.constraints()) {
      if (constraint instanceof PrimaryKey pk) {
        primaryKey = new KeyShape(pk.name(), pk.columns());
        // In PostgreSQL the index backing a primary key or unique constraint has the constraint's name.
        indexes.put(pk.name(), new IndexShape(pk.name(), true, keyIndexColumns(pk.columns(), pk.definition())));
      } else if (constraint instanceof UniqueConstraint unique) {
        indexes.put(unique.name(), new IndexShape(unique.name(), true, keyIndexColumns(unique.columns(), unique.definition())));
      } else if (constraint instanceof ExclusionConstraint exclusion) {
        // An exclusion constraint's index has its name too; its key columns are not compared (null), as for
        // expression indexes.
        indexes.put(exclusion.name(), new IndexShape(exclusion.name(), false, null));
      } else if (constraint instanceof ForeignKey fk) {
        foreignKeys.put(
            fk.name(),
            new ForeignKeyShape(
                fk.name(),
                fk.columns(),
                fk.referencedTable(),
                fk.referencedColumns(),
                fk.onUpdate(),
                fk.onDelete(),
                fk.deferrable(),
                fk.initiallyDeferred()));
      }
      // Check constraints are not compared: SchemaCrawler's standard crawl does not load them, and their
      // text is an expression, which this oracle deliberately leaves alone.
    }
    for (Index index : table.indexes()) {
      indexes.put(index.name(), new IndexShape(index.name(), index.unique(), plainColumns(index)));
    }
    return new TableShape(table.name(), columns, primaryKey, foreignKeys, indexes);
  }

  /** An identifier as {@code quote_ident} leaves it unquoted: lower-case ASCII letters, digits, underscores. */
  private static final Pattern BARE_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

  /** An identifier as {@code quote_ident} quotes it, with embedded quotes doubled. */
  private static final Pattern QUOTED_IDENTIFIER = Pattern.compile("\"((?:[^\"]|\"\")+)\"");

  /**
   * @return the index's key and {@code INCLUDE} columns as plain names, or null when any of them is an
   *     expression. {@code pg_get_indexdef(index, k, true)} prints a plain key column as the quoted identifier
   *     alone (no opclass, collation or ordering), and anything else is an expression.
   */
  private static List<String> plainColumns(Index index) {
    List<String> columns = new ArrayList<>();
    List<String> elements = new ArrayList<>(index.keys());
    elements.addAll(index.include());
    for (String element : elements) {
      String name = unquoteIdentifier(element);
      if (name == null) {
        return null;
      }
      columns.add(name);
    }
    return columns;
  }

  /** @return the identifier's name, or null when the text is not a single identifier */
  static String unquoteIdentifier(String text) {
    if (BARE_IDENTIFIER.matcher(text).matches()) {
      return text;
    }
    var quoted = QUOTED_IDENTIFIER.matcher(text);
    if (quoted.matches()) {
      return quoted.group(1).replace("\"\"", "\"");
    }
    return null;
  }
}
