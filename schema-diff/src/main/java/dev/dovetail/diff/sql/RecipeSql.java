package dev.dovetail.diff.sql;

import static dev.dovetail.diff.sql.DdlRenderer.accessExclusive;
import static dev.dovetail.diff.sql.DdlRenderer.alterTable;

import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ColumnRef;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.EnumType;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.plan.Lock;
import dev.dovetail.core.plan.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The statements of the safe recipes that are not the plain form of a change: concurrent index builds, constraints
 * added {@code NOT VALID} and validated, keys that take over a unique index, the check that lets {@code SET NOT NULL}
 * skip its scan, the compatibility view of a renamed table, the staging type of a replaced enum. The recipes decide
 * which statements a migration holds; this class writes their text and names their locks. Hazards are the recipe's
 * to attach ({@link Statement#with}), from {@link Hazards}: the same statement is a hazard in one place (a
 * concurrent drop) and not in another (the drop of a failed build's leftover before the build).
 */
public final class RecipeSql {

  /** {@code pg_get_constraintdef} of a primary key or unique constraint, in the parts an index and USING INDEX need. */
  private static final Pattern KEY_CONSTRAINT =
      Pattern.compile(
          "(PRIMARY KEY|UNIQUE)( NULLS NOT DISTINCT)? (\\(.*?\\))( INCLUDE \\(.*?\\))?( WITH \\(.*?\\))?"
              + "( USING INDEX TABLESPACE \\S+)?( DEFERRABLE(?: INITIALLY (?:DEFERRED|IMMEDIATE))?)?");

  /** The head of {@code pg_get_indexdef} text. */
  private static final Pattern CREATE_INDEX = Pattern.compile("^CREATE (UNIQUE )?INDEX ");

  private RecipeSql() {}

  // ---------------------------------------------------------------- indexes

  /**
   * The one place an index definition PostgreSQL deparsed ({@code pg_get_indexdef}: {@code CREATE [UNIQUE] INDEX name ON
   * table USING …}) is changed. The model has no field for every part of an index (storage parameters, tablespace,
   * {@code NULLS NOT DISTINCT}, operator classes), so the definition is the source of the rest.
   *
   * @param index the index
   * @param name the name to build it under (its own, or another)
   * @param column a column the index uses (in a key, an expression, INCLUDE or the predicate), to build it on
   *     {@code onColumn} instead, or null
   * @param onColumn the column to build it on, or null
   * @param concurrently whether to build it {@code CONCURRENTLY}
   * @throws IllegalArgumentException when the definition does not start as {@code pg_get_indexdef} writes it, or names
   *     the index otherwise than {@link Sql#ident} quotes it while another name is asked for
   */
  static String indexDefinition(Index index, String name, String column, String onColumn, boolean concurrently) {
    String definition = column == null ? index.definition() : Deparsed.withColumn(index, column, onColumn);
    Matcher head = CREATE_INDEX.matcher(definition);
    if (!head.find()) {
      throw new IllegalArgumentException("not an index definition of pg_get_indexdef: " + definition);
    }
    String rest = definition.substring(head.end());
    if (!name.equals(index.name())) {
      String ownName = Sql.ident(index.name()) + " ON ";
      if (!rest.startsWith(ownName)) {
        throw new IllegalArgumentException("index definition does not name " + index.qualifiedName() + ": " + definition);
      }
      rest = Sql.ident(name) + " ON " + rest.substring(ownName.length());
    }
    return "CREATE " + (head.group(1) == null ? "" : head.group(1)) + "INDEX " + (concurrently ? "CONCURRENTLY " : "") + rest;
  }

  /** @return {@code CREATE [UNIQUE] INDEX CONCURRENTLY …} of the index as it is, which lets writes go on */
  public static Statement createIndexConcurrently(Index index) {
    return Statement.of(indexDefinition(index, index.name(), null, null, true), shareUpdateExclusive(index.table()));
  }

  /**
   * @return the index built {@code CONCURRENTLY} under {@code name} on {@code onColumn} instead of {@code column}
   */
  public static Statement createIndexConcurrently(Index index, String name, String column, String onColumn) {
    return Statement.of(indexDefinition(index, name, column, onColumn, true), shareUpdateExclusive(index.table()));
  }

  /**
   * @return the index built on a partition of its table (at any depth) under {@code name}: {@code CREATE INDEX
   *     CONCURRENTLY} (or, not {@code concurrently}, plain) on a partition that holds rows, or, on one partitioned
   *     again, {@code CREATE INDEX IF NOT EXISTS … ON ONLY}, which builds nothing and stays INVALID until an index of
   *     each of its partitions is attached
   */
  public static Statement createIndexOnPartition(
      Index index, String name, QualifiedName partition, boolean partitioned, boolean concurrently) {
    String definition = indexDefinition(index, name, null, null, !partitioned && concurrently);
    String on = Sql.ident(name) + " ON " + Sql.qualified(index.table()) + " USING ";
    int at = definition.indexOf(on);
    if (at < 0) {
      throw new IllegalArgumentException("index definition does not name " + index.table() + ": " + definition);
    }
    return Statement.of(
        definition.substring(0, at) + (partitioned ? "IF NOT EXISTS " : "") + Sql.ident(name) + " ON "
            + (partitioned ? "ONLY " : "") + Sql.qualified(partition) + " USING " + definition.substring(at + on.length()),
        partitioned || !concurrently ? Lock.on(Lock.Mode.SHARE, partition) : shareUpdateExclusive(partition));
  }

  /**
   * @return {@code CREATE INDEX IF NOT EXISTS … ON ONLY} the partitioned table: the index of the table alone, INVALID
   *     and unused until an index of each partition is attached; it builds nothing
   */
  public static Statement createIndexOnOnly(Index index) {
    return createIndexOnPartition(index, index.name(), index.table(), true, false);
  }

  /**
   * @return one {@code DO} block of {@code ALTER INDEX … ATTACH PARTITION}, each index of a partition to the index of
   *     its parent, in order, then each renamed to the first of its names that is free in its schema (the name
   *     PostgreSQL would have given it): all are attached and named or, when one fails, none, so that the file can
   *     run again
   * @param attachments each index built on a partition and the index it is attached to
   * @param names each index built on a partition and the names PostgreSQL would choose for it, in the order it tries
   *     them ({@link PgIndexNames#candidates})
   */
  public static Statement attachIndexes(
      Map<QualifiedName, QualifiedName> attachments, Map<QualifiedName, List<String>> names) {
    StringBuilder sql = new StringBuilder("\nDECLARE\n  built record;\n  chosen text;\nBEGIN\n");
    Set<QualifiedName> indexes = new LinkedHashSet<>();
    for (Map.Entry<QualifiedName, QualifiedName> a : attachments.entrySet()) {
      sql.append("  ALTER INDEX ").append(Sql.qualified(a.getValue())).append(" ATTACH PARTITION ")
          .append(Sql.qualified(a.getKey())).append(";\n");
      indexes.add(a.getKey());
      indexes.add(a.getValue());
    }
    sql.append("  -- named as PostgreSQL names the indexes it builds on partitions: the first name free in the schema\n")
        .append("  FOR built IN SELECT * FROM (VALUES\n");
    List<String> rows = new ArrayList<>();
    names.forEach((index, candidates) -> rows.add("      (" + Sql.literal(index.schema()) + ", " + Sql.literal(index.name())
        + ", ARRAY[" + String.join(", ", candidates.stream().map(Sql::literal).toList()) + "])"));
    sql.append(String.join(",\n", rows)).append(") AS b(schema_name, index_name, names) LOOP\n")
        .append("    SELECT n INTO chosen FROM pg_catalog.unnest(built.names) WITH ORDINALITY AS c(n, o)\n")
        .append("    WHERE n = built.index_name\n")
        .append("       OR NOT EXISTS (SELECT FROM pg_catalog.pg_class r JOIN pg_catalog.pg_namespace s ON s.oid = r.relnamespace\n")
        .append("                      WHERE r.relname = n AND s.nspname = built.schema_name)\n")
        .append("          AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_namespace s ON s.oid = k.connamespace\n")
        .append("                          WHERE k.conname = n AND s.nspname = built.schema_name)\n")
        .append("    ORDER BY o LIMIT 1;\n")
        .append("    IF chosen IS NOT NULL AND chosen <> built.index_name THEN\n")
        .append("      EXECUTE pg_catalog.format('ALTER INDEX %I.%I RENAME TO %I', built.schema_name, built.index_name, chosen);\n")
        .append("    END IF;\n")
        .append("  END LOOP;\n");
    // each index attached, and each that it makes valid (catalog updates only, held to the end of the block)
    return Statement.of("DO " + Sql.dollarQuoted(sql.append("END\n").toString()), Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, indexes));
  }

  /** @return the plain {@code CREATE INDEX} of the index as it is, which blocks writes while it builds */
  public static Statement createIndex(Index index) {
    return Statement.of(index.definition(), Lock.on(Lock.Mode.SHARE, index.table()));
  }

  /** @return the plain {@code CREATE INDEX} under {@code name} on {@code onColumn} instead of {@code column} */
  public static Statement createIndex(Index index, String name, String column, String onColumn) {
    return Statement.of(indexDefinition(index, name, column, onColumn, false), Lock.on(Lock.Mode.SHARE, index.table()));
  }

  /** @return {@code DROP INDEX CONCURRENTLY IF EXISTS index}, which waits for the queries that use it */
  public static Statement dropIndexConcurrently(QualifiedName index, QualifiedName table) {
    return Statement.of("DROP INDEX CONCURRENTLY IF EXISTS " + Sql.qualified(index), shareUpdateExclusive(table));
  }

  /** @return {@code ALTER INDEX index RENAME TO to} */
  public static Statement renameIndex(QualifiedName index, String to, QualifiedName table) {
    return Statement.of("ALTER INDEX " + Sql.qualified(index) + " RENAME TO " + Sql.ident(to), accessExclusive(table));
  }

  // ---------------------------------------------------------------- constraints

  /** @return {@code ADD CONSTRAINT … NOT VALID}: new rows are checked, existing ones are not scanned */
  public static Statement addConstraintNotValid(QualifiedName table, Constraint constraint) {
    return Statement.of(
        alterTable(table) + " ADD " + DdlRenderer.constraintClause(constraint.withValidated(true)) + " NOT VALID",
        DdlRenderer.addConstraintLock(table, constraint));
  }

  /**
   * @return {@code ADD CONSTRAINT … NOT VALID} of a foreign key or check on {@code column}, on {@code onColumn} instead:
   *     a constraint built on the shadow column that takes the column's place at the swap
   * @throws IllegalArgumentException when the definition does not name {@code column} where it can be replaced
   */
  public static Statement addConstraintNotValid(QualifiedName table, Constraint constraint, String column, String onColumn) {
    String definition = Deparsed.withColumn(constraint, column, onColumn);
    return Statement.of(
        alterTable(table) + " ADD CONSTRAINT " + Sql.ident(constraint.name()) + " " + definition + " NOT VALID",
        DdlRenderer.addConstraintLock(table, constraint));
  }

  /**
   * @return {@code ADD CONSTRAINT name … NOT VALID} of a foreign key or check on {@code column}, under {@code name} and
   *     on {@code onColumn} instead: an existing constraint built again on the shadow column, under a temporary name
   *     until the swap gives it its own
   */
  public static Statement addConstraintNotValid(QualifiedName table, Constraint constraint, String name, String column, String onColumn) {
    String definition = Deparsed.withColumn(constraint, column, onColumn);
    return Statement.of(
        alterTable(table) + " ADD CONSTRAINT " + Sql.ident(name) + " " + definition + " NOT VALID",
        DdlRenderer.addConstraintLock(table, constraint));
  }

  /** @return {@code VALIDATE CONSTRAINT name} of {@code constraint} built under another name */
  public static Statement validateConstraint(QualifiedName table, Constraint constraint, String name) {
    Statement validate = validateConstraint(table, constraint);
    return Statement.of(alterTable(table) + " VALIDATE CONSTRAINT " + Sql.ident(name), validate.lock());
  }

  /**
   * @return {@code ADD CONSTRAINT} of a check or foreign key on {@code onColumn} instead of {@code column}, validated
   *     under the lock (or {@code NOT VALID} as the constraint is): a down putting back the old column's constraints
   */
  public static Statement addConstraint(QualifiedName table, Constraint constraint, String column, String onColumn) {
    return Statement.of(
        alterTable(table) + " ADD CONSTRAINT " + Sql.ident(constraint.name()) + " " + Deparsed.withColumn(constraint, column, onColumn)
            + (constraint.validated() ? "" : " NOT VALID"),
        DdlRenderer.addConstraintLock(table, constraint));
  }

  /** @return {@code ALTER SEQUENCE sequence OWNED BY table.column}, or {@code OWNED BY NONE} for a null column */
  public static Statement sequenceOwnedBy(QualifiedName sequence, ColumnRef owner) {
    return Statement.of("ALTER SEQUENCE " + Sql.qualified(sequence) + " OWNED BY "
        + (owner == null ? "NONE" : Sql.qualified(owner.table()) + "." + Sql.ident(owner.column())), Lock.NONE);
  }

  /** @return {@code ALTER TABLE … RENAME CONSTRAINT from TO to} */
  public static Statement renameConstraint(QualifiedName table, String from, String to) {
    return Statement.of(alterTable(table) + " RENAME CONSTRAINT " + Sql.ident(from) + " TO " + Sql.ident(to), accessExclusive(table));
  }

  /**
   * @return {@code VALIDATE CONSTRAINT}, which scans the rows while writes go on; a foreign key also takes
   *     {@code ROW SHARE} on the table it references
   */
  public static Statement validateConstraint(QualifiedName table, Constraint constraint) {
    Lock lock =
        constraint instanceof ForeignKey fk && !fk.referencedTable().equals(table)
            ? shareUpdateExclusive(table).and(Lock.Mode.ROW_SHARE, fk.referencedTable())
            : shareUpdateExclusive(table);
    return Statement.of(alterTable(table) + " VALIDATE CONSTRAINT " + Sql.ident(constraint.name()), lock);
  }

  /** @return {@code VALIDATE CONSTRAINT name} of a check */
  public static Statement validateCheck(QualifiedName table, String name) {
    return Statement.of(alterTable(table) + " VALIDATE CONSTRAINT " + Sql.ident(name), shareUpdateExclusive(table));
  }

  /** @return {@code DROP CONSTRAINT name} */
  public static Statement dropConstraint(QualifiedName table, String name) {
    return Statement.of(alterTable(table) + " DROP CONSTRAINT " + Sql.ident(name), accessExclusive(table));
  }

  /**
   * @return {@code DROP CONSTRAINT name} of {@code constraint} (under its own name or another): dropping a foreign key
   *     also takes ACCESS EXCLUSIVE on the table it references, whose triggers go with it
   */
  public static Statement dropConstraint(QualifiedName table, String name, Constraint constraint) {
    return Statement.of(alterTable(table) + " DROP CONSTRAINT " + Sql.ident(name), DdlRenderer.dropConstraintLock(table, constraint));
  }

  /** @return {@code DROP CONSTRAINT IF EXISTS name} */
  public static Statement dropConstraintIfExists(QualifiedName table, String name) {
    return Statement.of(alterTable(table) + " DROP CONSTRAINT IF EXISTS " + Sql.ident(name), accessExclusive(table));
  }

  /** @return {@code DROP CONSTRAINT IF EXISTS name} of {@code constraint} built under {@code name} */
  public static Statement dropConstraintIfExists(QualifiedName table, String name, Constraint constraint) {
    return Statement.of(
        alterTable(table) + " DROP CONSTRAINT IF EXISTS " + Sql.ident(name), DdlRenderer.dropConstraintLock(table, constraint));
  }

  /** @return {@code ADD CONSTRAINT name CHECK (column IS NOT NULL)}, {@code NOT VALID} or validated */
  public static Statement addNotNullCheck(QualifiedName table, String name, String column, boolean notValid) {
    return Statement.of(
        alterTable(table) + " ADD CONSTRAINT " + Sql.ident(name) + " CHECK (" + Sql.ident(column) + " IS NOT NULL)"
            + (notValid ? " NOT VALID" : ""),
        accessExclusive(table));
  }

  /**
   * A primary key or unique constraint added in two steps: its unique index built concurrently, then the constraint
   * added {@code USING INDEX}, which takes the index over without a scan.
   *
   * @param index the unique index, as PostgreSQL would build it for the constraint
   * @param primaryKey whether the constraint is a primary key
   * @param addConstraint {@code ADD CONSTRAINT name PRIMARY KEY|UNIQUE USING INDEX name [DEFERRABLE …]}
   */
  public record KeyIndex(Index index, boolean primaryKey, Statement addConstraint) {}

  /**
   * @return the two steps of {@code constraint}, or empty when its definition has a part {@code USING INDEX} cannot
   *     carry (it is not a primary key or unique constraint of plain columns)
   */
  public static Optional<KeyIndex> keyIndex(QualifiedName table, Constraint constraint) {
    return keyIndex(table, constraint, constraint.name());
  }

  /** @return whether {@code constraint} can be added over a unique index ({@code USING INDEX}), see {@link #keyIndex} */
  public static boolean madeFromIndex(Constraint constraint) {
    return KEY_CONSTRAINT.matcher(constraint.definition()).matches();
  }

  /**
   * @param indexName the name of the index the constraint takes over ({@code USING INDEX}), which PostgreSQL renames
   *     to the constraint's
   * @return the two steps of {@code constraint}, its index under {@code indexName}
   */
  public static Optional<KeyIndex> keyIndex(QualifiedName table, Constraint constraint, String indexName) {
    Matcher m = KEY_CONSTRAINT.matcher(constraint.definition());
    if (!m.matches()) {
      return Optional.empty();
    }
    Index index =
        new Index(constraint.name(), table, true, "btree", constraint.columns(), List.of(), null,
            "CREATE UNIQUE INDEX " + Sql.ident(constraint.name()) + " ON " + Sql.qualified(table) + " USING btree " + m.group(3)
                + (m.group(4) == null ? "" : m.group(4))
                + (m.group(2) == null ? "" : m.group(2))
                + (m.group(5) == null ? "" : m.group(5))
                + (m.group(6) == null ? "" : m.group(6).replace(" USING INDEX TABLESPACE", " TABLESPACE")),
            null);
    Statement add =
        Statement.of(
            alterTable(table) + " ADD CONSTRAINT " + Sql.ident(constraint.name()) + " " + m.group(1) + " USING INDEX "
                + Sql.ident(indexName) + (m.group(7) == null ? "" : m.group(7)),
            accessExclusive(table));
    return Optional.of(new KeyIndex(index, "PRIMARY KEY".equals(m.group(1)), add));
  }

  // ---------------------------------------------------------------- columns

  /** @return {@code ALTER COLUMN column SET NOT NULL} */
  public static Statement setNotNull(QualifiedName table, String column) {
    return Statement.of(alterColumn(table, column) + " SET NOT NULL", accessExclusive(table));
  }

  /** @return {@code ALTER COLUMN column DROP NOT NULL} */
  public static Statement dropNotNull(QualifiedName table, String column) {
    return Statement.of(alterColumn(table, column) + " DROP NOT NULL", accessExclusive(table));
  }

  /** @return {@code ALTER COLUMN column SET DEFAULT expression}; the expression is PostgreSQL's deparsed text */
  public static Statement setDefault(QualifiedName table, String column, String expression) {
    return Statement.of(alterColumn(table, column) + " SET DEFAULT " + expression, accessExclusive(table));
  }

  /** @return {@code ALTER COLUMN column DROP DEFAULT} */
  public static Statement dropDefault(QualifiedName table, String column) {
    return Statement.of(alterColumn(table, column) + " DROP DEFAULT", accessExclusive(table));
  }

  /** @return {@code ADD COLUMN name type [COLLATE collation]}: nullable, without a default */
  public static Statement addColumn(QualifiedName table, String name, String type, QualifiedName collation) {
    return Statement.of(
        alterTable(table) + " ADD COLUMN " + Sql.ident(name) + " " + type + (collation == null ? "" : " COLLATE " + Sql.qualified(collation)),
        accessExclusive(table));
  }

  /** @return {@code DROP COLUMN name} */
  public static Statement dropColumn(QualifiedName table, String name) {
    return Statement.of(alterTable(table) + " DROP COLUMN " + Sql.ident(name), accessExclusive(table));
  }

  /**
   * @return {@code DROP COLUMN name} of a column foreign keys are on: they go with it, and with them their triggers on
   *     the {@code referenced} tables, which are locked too
   */
  public static Statement dropColumn(QualifiedName table, String name, Collection<QualifiedName> referenced) {
    List<QualifiedName> locked = new ArrayList<>(List.of(table));
    new TreeSet<>(referenced).stream().filter(t -> !t.equals(table)).forEach(locked::add);
    return Statement.of(alterTable(table) + " DROP COLUMN " + Sql.ident(name), Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, locked));
  }

  /** @return {@code DROP COLUMN IF EXISTS name} */
  public static Statement dropColumnIfExists(QualifiedName table, String name) {
    return Statement.of(alterTable(table) + " DROP COLUMN IF EXISTS " + Sql.ident(name), accessExclusive(table));
  }

  /** @return {@code RENAME COLUMN from TO to} */
  public static Statement renameColumn(QualifiedName table, String from, String to) {
    return Statement.of(alterTable(table) + " RENAME COLUMN " + Sql.ident(from) + " TO " + Sql.ident(to), accessExclusive(table));
  }

  /** @return {@code LOCK TABLE table IN ACCESS EXCLUSIVE MODE}, so that what follows in the transaction waits for nothing */
  public static Statement lockTable(QualifiedName table) {
    return Statement.of("LOCK TABLE " + Sql.qualified(table) + " IN ACCESS EXCLUSIVE MODE", accessExclusive(table));
  }

  /**
   * @return {@code LOCK TABLE table, others… IN ACCESS EXCLUSIVE MODE}: {@code table} first, then the others in name
   *     order, so that a transaction that needs them all takes them at once, in one order
   */
  public static Statement lockTables(QualifiedName table, Collection<QualifiedName> others) {
    List<QualifiedName> all = new ArrayList<>();
    all.add(table);
    new TreeSet<>(others).stream().filter(t -> !t.equals(table)).forEach(all::add);
    if (all.size() == 1) {
      return lockTable(table);
    }
    return Statement.of(
        "LOCK TABLE " + String.join(", ", all.stream().map(Sql::qualified).toList()) + " IN ACCESS EXCLUSIVE MODE",
        Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, all));
  }

  private static String alterColumn(QualifiedName table, String column) {
    return alterTable(table) + " ALTER COLUMN " + Sql.ident(column);
  }

  // ---------------------------------------------------------------- renamed tables

  /**
   * @return {@code CREATE VIEW view AS SELECT columns FROM table}: an updatable view under a renamed table's old name,
   *     showing the columns the old application knows ({@code *} when none are given)
   */
  public static Statement createCompatibilityView(QualifiedName view, QualifiedName table, List<String> columns) {
    String select = columns.isEmpty() ? "*" : columns.stream().map(Sql::ident).collect(Collectors.joining(", "));
    return Statement.of("CREATE VIEW " + Sql.qualified(view) + " AS SELECT " + select + " FROM " + Sql.qualified(table), Lock.NONE);
  }

  /** @return {@code DROP VIEW view}, which the old application may still read */
  public static Statement dropCompatibilityView(QualifiedName view) {
    return Statement.of("DROP VIEW " + Sql.qualified(view), accessExclusive(view));
  }

  /** @return {@code DROP VIEW IF EXISTS view}, in the down of the migration that created it */
  public static Statement dropViewIfExists(QualifiedName view) {
    return Statement.of("DROP VIEW IF EXISTS " + Sql.qualified(view), Lock.NONE);
  }

  /** @return a {@code DO} block granting on {@code view} what is granted on {@code table}, to the same roles */
  public static Statement copyGrants(QualifiedName table, QualifiedName view) {
    String sql = "DO " + Sql.dollarQuoted(
        "\n"
            + "DECLARE\n"
            + "  acl record;\n"
            + "BEGIN\n"
            + "  FOR acl IN\n"
            + "    SELECT a.privilege_type, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(r.rolname) END AS grantee,\n"
            + "           a.is_grantable\n"
            + "    FROM pg_catalog.pg_class c\n"
            + "    CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a\n"
            + "    LEFT JOIN pg_catalog.pg_roles r ON r.oid = a.grantee\n"
            + "    WHERE c.oid = " + Sql.literal(Sql.qualified(table)) + "::regclass AND a.grantee <> c.relowner\n"
            + "  LOOP\n"
            + "    EXECUTE format('GRANT %s ON " + Sql.qualified(view).replace("'", "''").replace("%", "%%") + " TO %s%s', acl.privilege_type, acl.grantee,\n"
            + "                   CASE WHEN acl.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);\n"
            + "  END LOOP;\n"
            + "END\n");
    return Statement.of(sql, Lock.NONE);
  }

  // ---------------------------------------------------------------- replaced enums

  /** @return {@code CREATE TYPE name AS ENUM (labels)} */
  public static Statement createEnum(QualifiedName name, List<String> labels) {
    return Statement.of(DdlRenderer.createEnum(name, labels), Lock.NONE);
  }

  /** @return {@code DROP TYPE name} */
  public static Statement dropType(QualifiedName name) {
    return Statement.of("DROP TYPE " + Sql.qualified(name), Lock.NONE);
  }

  /** @return {@code DROP TYPE IF EXISTS name} */
  public static Statement dropTypeIfExists(QualifiedName name) {
    return Statement.of("DROP TYPE IF EXISTS " + Sql.qualified(name), Lock.NONE);
  }

  /** @return {@code ALTER TYPE name RENAME TO to} */
  public static Statement renameType(QualifiedName name, String to) {
    return Statement.of("ALTER TYPE " + Sql.qualified(name) + " RENAME TO " + Sql.ident(to), Lock.NONE);
  }

  /**
   * @return a statement giving the type {@code to} the owner that {@code from} has when it runs: a replaced enum keeps
   *     its owner, whoever that is, without the model naming it (a {@code DO} block, since {@code OWNER TO} takes no
   *     expression)
   */
  public static Statement copyTypeOwner(QualifiedName from, QualifiedName to) {
    String body = "BEGIN EXECUTE pg_catalog.format('ALTER TYPE %s OWNER TO %I', " + Sql.literal(Sql.qualified(to)) + ", "
        + "(SELECT pg_catalog.pg_get_userbyid(t.typowner) FROM pg_catalog.pg_type t WHERE t.oid = "
        + Sql.literal(Sql.qualified(from)) + "::pg_catalog.regtype)); END";
    return Statement.of("DO " + Sql.literal(body), Lock.NONE);
  }

  private static final java.util.regex.Pattern COPIED_TYPE_OWNER = java.util.regex.Pattern.compile(
      "BEGIN EXECUTE pg_catalog\\.format\\('ALTER TYPE %s OWNER TO %I', '((?:[^']|'')*)', \\(SELECT pg_catalog\\.pg_get_userbyid"
          + "\\(t\\.typowner\\) FROM pg_catalog\\.pg_type t WHERE t\\.oid = '((?:[^']|'')*)'::pg_catalog\\.regtype\\)\\); END");

  /**
   * Recognises a statement {@link #copyTypeOwner} wrote, exactly, so that a scratch database's sandbox can have it run
   * for it (it gives a type to a role, which PostgreSQL lets only a superuser do where the role may not create).
   *
   * @return the type whose owner is copied and the type given that owner, as written (SQL text of two qualified
   *     names), or empty for any other statement
   */
  public static java.util.Optional<List<String>> copiedTypeOwner(String statement) {
    String sql = statement.strip();
    if (!sql.startsWith("DO '") || !sql.endsWith("'") || sql.length() < 6) {
      return java.util.Optional.empty();
    }
    String body = sql.substring(4, sql.length() - 1);
    if (body.replace("''", "").contains("'")) {
      return java.util.Optional.empty(); // not one literal
    }
    java.util.regex.Matcher matcher = COPIED_TYPE_OWNER.matcher(body.replace("''", "'"));
    if (!matcher.matches()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(List.of(matcher.group(2).replace("''", "'"), matcher.group(1).replace("''", "'")));
  }

  /** @return {@code ALTER TYPE name OWNER TO CURRENT_USER}: back to the role that created it in an earlier migration */
  public static Statement typeOwnerToCurrentUser(QualifiedName name) {
    return Statement.of("ALTER TYPE " + Sql.qualified(name) + " OWNER TO CURRENT_USER", Lock.NONE);
  }

  /**
   * @return {@code column} typed by the enum type {@code staging} instead of {@code from}: its type, and the casts to
   *     {@code from} in its default
   */
  public static Column onType(Column column, EnumType from, QualifiedName staging) {
    String type = Sql.qualified(staging);
    String defaultExpression = column.defaultExpression() == null ? null : column.defaultExpression().replace("::" + from.reference(), "::" + type);
    return column.withType(type).withDefault(defaultExpression);
  }

  private static Lock shareUpdateExclusive(QualifiedName table) {
    return Lock.on(Lock.Mode.SHARE_UPDATE_EXCLUSIVE, table);
  }
}
