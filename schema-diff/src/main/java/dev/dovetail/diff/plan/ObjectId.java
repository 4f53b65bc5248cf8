package dev.dovetail.diff.plan;

import dev.dovetail.core.model.ColumnRef;
import dev.dovetail.core.model.QualifiedName;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The identity of one catalog object as the change graph sees it: what a change creates, drops or needs. Kinds
 * follow PostgreSQL's namespaces where they matter for order: tables, views, sequences and indexes share the
 * relation namespace of a schema, so a view can only take a table's name once the table is gone.
 *
 * @param kind the namespace
 * @param key the object's name within it (qualified; columns, constraints, triggers and policies add their table)
 */
record ObjectId(Kind kind, String key) implements Comparable<ObjectId> {

  private static final Comparator<ObjectId> ORDER = Comparator.comparing(ObjectId::kind).thenComparing(ObjectId::key, Comparator.naturalOrder());

  enum Kind {
    SCHEMA,
    EXTENSION,
    /** a collation, by its unquoted qualified name: columns, domains and composite type attributes use it */
    COLLATION,
    /** enum, domain and composite types and the row types of tables and views, by their unquoted qualified name */
    TYPE,
    FUNCTION,
    /**
     * the functions of one name, whatever their arguments: what is known of a call in deparsed text (an expression
     * index) that the catalog does not tie to one function
     */
    FUNCTION_NAME,
    RELATION,
    COLUMN,
    /**
     * the type of a column's values: a retype or an enum replaced drops and creates it, and what compares the
     * column's values in an expression (a policy) is taken off before and put back after
     */
    COLUMN_TYPE,
    CONSTRAINT,
    /** a unique key (primary key, unique constraint, unique index) a foreign key can reference, by table and columns */
    KEY,
    TRIGGER,
    /** a table's rule, by table and name */
    RULE,
    /** an extended statistics object, by its unquoted qualified name (a namespace of its own) */
    STATISTICS,
    POLICY,
    /** the bound space of a partitioned table: a partition dropped frees bounds another may take */
    PARTITION_BOUNDS,
    /**
     * a table's rows as its owner reads them while row-level security does not restrict it: a materialized view
     * filled by the run reads them before row security is turned on or forced (whose policies, run by the filling
     * query, may need what only the application sets, such as a setting), and after it is turned off
     */
    UNRESTRICTED_ROWS
  }

  static ObjectId schema(String name) {
    return new ObjectId(Kind.SCHEMA, name);
  }

  static ObjectId extension(String name) {
    return new ObjectId(Kind.EXTENSION, name);
  }

  static ObjectId collation(QualifiedName name) {
    return new ObjectId(Kind.COLLATION, name.toString());
  }

  static ObjectId type(QualifiedName name) {
    return new ObjectId(Kind.TYPE, name.toString());
  }

  static ObjectId function(String signature) {
    return new ObjectId(Kind.FUNCTION, signature);
  }

  static ObjectId functionName(String qualified) {
    return new ObjectId(Kind.FUNCTION_NAME, qualified);
  }

  static ObjectId relation(QualifiedName name) {
    return new ObjectId(Kind.RELATION, name.toString());
  }

  static ObjectId column(QualifiedName table, String column) {
    return new ObjectId(Kind.COLUMN, table + "\0" + column);
  }

  static ObjectId column(ColumnRef column) {
    return column(column.table(), column.column());
  }

  static ObjectId columnType(QualifiedName table, String column) {
    return new ObjectId(Kind.COLUMN_TYPE, table + "\0" + column);
  }

  static ObjectId constraint(QualifiedName table, String name) {
    return new ObjectId(Kind.CONSTRAINT, table + "\0" + name);
  }

  /** @param columns in any order: a foreign key may list a key's columns in another order than the key */
  static ObjectId uniqueKey(QualifiedName table, List<String> columns) {
    return new ObjectId(Kind.KEY, table + "\0" + String.join("\0", new TreeSet<>(columns)));
  }

  static ObjectId trigger(QualifiedName table, String name) {
    return new ObjectId(Kind.TRIGGER, table + "\0" + name);
  }

  static ObjectId rule(QualifiedName table, String name) {
    return new ObjectId(Kind.RULE, table + "\0" + name);
  }

  static ObjectId statistics(QualifiedName name) {
    return new ObjectId(Kind.STATISTICS, name.toString());
  }

  static ObjectId policy(QualifiedName table, String name) {
    return new ObjectId(Kind.POLICY, table + "\0" + name);
  }

  static ObjectId partitionBounds(QualifiedName table) {
    return new ObjectId(Kind.PARTITION_BOUNDS, table.toString());
  }

  /** @return a table's rows before row security restricts them: turning it on or forcing it drops this */
  static ObjectId unrestrictedRows(QualifiedName table) {
    return new ObjectId(Kind.UNRESTRICTED_ROWS, table.toString());
  }

  /**
   * @return a table's rows once row security no longer restricts them: turning it off or no longer forcing it creates
   *     this (an object of its own, so that a run that turns one flag off and the other on is not ordered by it)
   */
  static ObjectId unrestrictedRowsAgain(QualifiedName table) {
    return new ObjectId(Kind.UNRESTRICTED_ROWS, table + "\0again");
  }

  @Override
  public int compareTo(ObjectId other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + key.replace('\0', '.');
  }
}
