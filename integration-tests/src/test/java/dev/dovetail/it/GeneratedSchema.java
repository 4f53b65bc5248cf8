package dev.dovetail.it;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A random schema for property tests, kept as plain data and written out as SQL by this class alone (it
 * shares no code with Dovetail's renderer, as a person's hand-written schema would not). Every table has an
 * {@code id bigint} primary key, so foreign keys always have something to reference. Edits return a new
 * schema and keep it valid: dropping a table drops the foreign keys to it, dropping a column its indexes.
 *
 * @param labels the labels of the enum type {@code mood}, which always exists
 * @param tables the tables
 * @param score the variant of the function {@link #SCORE} (see there)
 * @param owners which objects state which owner ({@link #ownerOf}); 0 states none
 * @param partitioning the partitioned table {@code "Events"} and what its partitions have of their own, as bits of
 *     {@link #PARTITIONED} and the constants after it; 0 when there is none
 */
record GeneratedSchema(List<String> labels, List<Table> tables, int score, int owners, int partitioning) {

  GeneratedSchema(List<String> labels, List<Table> tables, int score, int owners) {
    this(labels, tables, score, owners, 0);
  }

  /** The bits of {@link #partitioning()}: the table itself, then what a partition or the table has of its own. */
  static final int PARTITIONED = 1, PARTITION_KEY = 2, PARTITION_INDEX = 4, PARTITION_CHECK = 8, PARENT_INDEX = 16,
      SUB_PARTITIONS = 32;
  /** How many bits {@link #partitioning()} has. */
  private static final int PARTITIONING_BITS = 6;

  GeneratedSchema(List<String> labels, List<Table> tables) {
    this(labels, tables, 0);
  }

  GeneratedSchema(List<String> labels, List<Table> tables, int score) {
    this(labels, tables, score, 0);
  }

  static final List<String> TABLE_NAMES = List.of("orders", "User Accounts", "select", "café", "line items", "t1", "数据");
  static final List<String> COLUMN_NAMES = List.of("amount", "note", "createdAt", "group", "size", "données", "flag", "ref");
  static final List<String> TYPES =
      List.of("integer", "bigint", "text", "varchar(20)", "numeric(10,2)", "boolean", "date", "timestamptz", "jsonb", "mood");
  static final List<String> LABELS = List.of("happy", "sad", "it's", "Mixed Case", "calm");

  record Column(String name, String type, boolean notNull, String defaultSql, String comment) {}

  record Index(String column, boolean unique) {}

  /** A foreign key on {@code column} to {@code referencedTable (id)}; {@code notValid}: declared {@code NOT VALID}. */
  record ForeignKey(String column, String referencedTable, boolean notValid) {

    ForeignKey(String column, String referencedTable) {
      this(column, referencedTable, false);
    }
  }

  /**
   * A view of its table named {@code <table> view}: {@code id} and some columns, optionally filtered, optionally
   * materialized. Widening or dropping a column it reads, or removing an enum label it may hold, makes the
   * diff drop and recreate it around the change.
   */
  record View(List<String> columns, boolean filtered, boolean materialized, int stacked) {

    View(List<String> columns, boolean filtered, boolean materialized) {
      this(columns, filtered, materialized, 0);
    }

    View with(List<String> columns, boolean filtered, boolean materialized) {
      return new View(columns, filtered, materialized, stacked);
    }
  }

  /** The uses of {@link #SCORE} a table may have (bits of {@link Table#scoreUses()}). */
  static final int SCORE_DEFAULT = 1, SCORE_CHECK = 2, SCORE_INDEX = 4, SCORE_POLICY = 8;

  /** With {@link #SCORE_CHECK}: the check is declared {@code NOT VALID} ({@link Edit#TOGGLE_VALIDITY} toggles it). */
  static final int SCORE_CHECK_NOT_VALID = 16;

  /**
   * An immutable SQL function of a {@code bigint} that tables call from their {@code id} default, a check, an
   * expression index and a policy, and stacked views from their select list. {@link #score()} picks its variant:
   * bit 0 the result type ({@code integer} or {@code bigint}), bit 1 the name of its argument; a change of
   * either cannot be made with {@code CREATE OR REPLACE}, so it is dropped and created around its users.
   */
  static final String SCORE = "Score";

  /**
   * A table; {@code rowSecurity} enables row-level security, and {@code policyColumn}, when set, is the column
   * its one policy names (so that changes of that column exercise the policy's rebuild); {@code view}, when
   * set, is its one view.
   */
  record Table(
      String name,
      List<Column> columns,
      List<Index> indexes,
      List<ForeignKey> foreignKeys,
      String comment,
      boolean rowSecurity,
      String policyColumn,
      View view,
      int key,
      int scoreUses) {

    Table(String name, List<Column> columns, List<Index> indexes, List<ForeignKey> foreignKeys, String comment) {
      this(name, columns, indexes, foreignKeys, comment, false, null, null, 0, 0);
    }

    Table(String name, List<Column> columns, List<Index> indexes, List<ForeignKey> foreignKeys, String comment,
        boolean rowSecurity, String policyColumn, View view) {
      this(name, columns, indexes, foreignKeys, comment, rowSecurity, policyColumn, view, 0, 0);
    }
  }

  /**
   * How a table's {@code id} is a key, which the foreign keys to it reference: 0 an unnamed primary key, 1 a
   * primary key named {@code <table> key}, 2 a unique constraint of that same name (and no primary key). A change
   * replaces the key under the foreign keys that reference it.
   */
  static final int KEYS = 3;

  static final String POLICY_NAME = "Own \"rows\"";

  /** The edits a property test applies, each choosing its target with a seed. */
  enum Edit {
    ADD_TABLE, DROP_TABLE, ADD_COLUMN, DROP_COLUMN, WIDEN_TYPE, TOGGLE_NOT_NULL, SET_DEFAULT, DROP_DEFAULT,
    ADD_INDEX, DROP_INDEX, ADD_FOREIGN_KEY, DROP_FOREIGN_KEY, SET_COMMENT, ADD_LABEL, REMOVE_LABEL,
    ADD_VIEW, DROP_VIEW, CHANGE_VIEW,
    TOGGLE_ROW_SECURITY, SET_POLICY,
    CHANGE_SCORE, TOGGLE_SCORE_USE, CHANGE_KEY, TOGGLE_STACKED_VIEW,
    CHANGE_OWNERS,
    /**
     * the partitioned table comes or goes, or one of its partitions' own key, index or check, its own index, or its
     * partition partitioned again
     */
    CHANGE_PARTITIONS,
    /** a foreign key, or else the score check, becomes {@code NOT VALID} or valid again */
    TOGGLE_VALIDITY
  }

  /** @return the schema as a user would declare it */
  String sql() {
    StringBuilder sql = new StringBuilder();
    // the roles its OWNER TO names need no CREATE ROLE: Dovetail makes them on the scratch server
    sql.append("CREATE TYPE mood AS ENUM (")
        .append(labels.stream().map(GeneratedSchema::literal).collect(Collectors.joining(", ")))
        .append(");\n");
    // Its result type follows the number of labels, so that label edits drop and create it while defaults
    // call it (see defaultFor), or replace it in place.
    String counted = labels.size() % 2 == 0 ? "integer" : "bigint";
    sql.append("CREATE FUNCTION label_count() RETURNS ").append(counted).append(" LANGUAGE sql STABLE AS $$ SELECT ")
        .append(labels.size()).append("::").append(counted).append(" $$;\n");
    String scoreType = (score & 1) == 0 ? "integer" : "bigint";
    sql.append("CREATE FUNCTION ").append(quote(SCORE)).append("(").append((score & 2) == 0 ? "n" : quote("the n"))
        .append(" bigint) RETURNS ").append(scoreType).append(" LANGUAGE sql IMMUTABLE AS $$ SELECT abs($1 % 7)::")
        .append(scoreType).append(" $$;\n");
    for (Table table : tables) {
      List<String> elements = new ArrayList<>();
      String keyName = quote(table.name() + " key");
      String idDefault = (table.scoreUses() & SCORE_DEFAULT) == 0 ? "" : " DEFAULT " + quote(SCORE) + "(0)";
      elements.add(switch (table.key()) {
        case 0 -> "id bigint" + idDefault + " PRIMARY KEY";
        case 1 -> "id bigint" + idDefault + " CONSTRAINT " + keyName + " PRIMARY KEY";
        default -> "id bigint NOT NULL" + idDefault;
      });
      for (Column column : table.columns()) {
        elements.add(quote(column.name()) + " " + column.type()
            + (column.notNull() ? " NOT NULL" : "")
            + (column.defaultSql() == null ? "" : " DEFAULT " + column.defaultSql()));
      }
      if (table.key() == 2) {
        elements.add("CONSTRAINT " + keyName + " UNIQUE (id)");
      }
      if ((table.scoreUses() & SCORE_CHECK) != 0 && (table.scoreUses() & SCORE_CHECK_NOT_VALID) == 0) {
        elements.add("CONSTRAINT " + quote("score is small") + " CHECK (" + quote(SCORE) + "(id) < 7)");
      }
      for (ForeignKey fk : table.foreignKeys()) {
        if (!fk.notValid()) {
          elements.add("FOREIGN KEY (" + quote(fk.column()) + ") REFERENCES " + quote(fk.referencedTable()) + " (id)");
        }
      }
      sql.append("CREATE TABLE ").append(quote(table.name())).append(" (\n  ")
          .append(String.join(",\n  ", elements)).append("\n);\n");
      // NOT VALID cannot be declared inside CREATE TABLE (PostgreSQL validates it there): after it, as pg_dump writes it.
      for (ForeignKey fk : table.foreignKeys()) {
        if (fk.notValid()) {
          sql.append("ALTER TABLE ").append(quote(table.name())).append(" ADD FOREIGN KEY (").append(quote(fk.column()))
              .append(") REFERENCES ").append(quote(fk.referencedTable())).append(" (id) NOT VALID;\n");
        }
      }
      if ((table.scoreUses() & SCORE_CHECK) != 0 && (table.scoreUses() & SCORE_CHECK_NOT_VALID) != 0) {
        sql.append("ALTER TABLE ").append(quote(table.name())).append(" ADD CONSTRAINT ").append(quote("score is small"))
            .append(" CHECK (").append(quote(SCORE)).append("(id) < 7) NOT VALID;\n");
      }
      for (Index index : table.indexes()) {
        sql.append("CREATE ").append(index.unique() ? "UNIQUE " : "").append("INDEX ON ")
            .append(quote(table.name())).append(" (").append(quote(index.column())).append(");\n");
      }
      if ((table.scoreUses() & SCORE_INDEX) != 0) {
        sql.append("CREATE INDEX ").append(quote(table.name() + " score")).append(" ON ").append(quote(table.name()))
            .append(" (").append(quote(SCORE)).append("(id));\n");
      }
      if (table.comment() != null) {
        sql.append("COMMENT ON TABLE ").append(quote(table.name())).append(" IS ").append(literal(table.comment())).append(";\n");
      }
      for (Column column : table.columns()) {
        if (column.comment() != null) {
          sql.append("COMMENT ON COLUMN ").append(quote(table.name())).append('.').append(quote(column.name()))
              .append(" IS ").append(literal(column.comment())).append(";\n");
        }
      }
      if (table.policyColumn() != null) {
        sql.append("CREATE POLICY ").append(quote(POLICY_NAME)).append(" ON ").append(quote(table.name()))
            .append(" USING (").append(quote(table.policyColumn())).append(" IS NOT NULL);\n");
      }
      if ((table.scoreUses() & SCORE_POLICY) != 0) {
        sql.append("CREATE POLICY ").append(quote("score's policy")).append(" ON ").append(quote(table.name()))
            .append(" USING (").append(quote(SCORE)).append("(id) >= 0);\n");
      }
      if (table.rowSecurity()) {
        sql.append("ALTER TABLE ").append(quote(table.name())).append(" ENABLE ROW LEVEL SECURITY;\n");
      }
    }
    // Foreign keys only point at earlier tables (see ADD_FOREIGN_KEY), so declaration order works.
    for (Table table : tables) {
      View view = table.view();
      if (view != null) {
        List<String> selected = new ArrayList<>(List.of("id"));
        view.columns().forEach(c -> selected.add(quote(c)));
        sql.append("CREATE ").append(view.materialized() ? "MATERIALIZED " : "").append("VIEW ")
            .append(quote(table.name() + " view")).append(" AS SELECT ").append(String.join(", ", selected))
            .append(" FROM ").append(quote(table.name())).append(view.filtered() ? " WHERE id > 0" : "").append(";\n");
        if (view.stacked() != 0) {
          // A view on the view: it reads what the view reads, and with stacked == 2 calls the function too.
          if (view.stacked() == 2) {
            selected.add(quote(SCORE) + "(id) AS " + quote("the score"));
          }
          sql.append("CREATE VIEW ").append(quote(table.name() + " view on view")).append(" AS SELECT ")
              .append(String.join(", ", selected)).append(" FROM ").append(quote(table.name() + " view")).append(";\n");
        }
      }
    }
    sql.append(partitionsSql());
    sql.append(ownersSql());
    return sql.toString();
  }

  /**
   * A partitioned table whose partitions have keys, indexes and checks of their own, declared on the partition alone,
   * an index of the table that the partitions get too, and a partition partitioned again, with an index of its own
   * that its partitions get and one of a partition below it.
   */
  private String partitionsSql() {
    if ((partitioning & PARTITIONED) == 0) {
      return "";
    }
    StringBuilder sql = new StringBuilder();
    sql.append("CREATE TABLE \"Events\" (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);\n")
        .append("CREATE TABLE \"Events 2025\" PARTITION OF \"Events\" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n")
        .append("CREATE TABLE events_2026 PARTITION OF \"Events\" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');\n");
    if ((partitioning & PARTITION_KEY) != 0) {
      sql.append("ALTER TABLE \"Events 2025\" ADD CONSTRAINT \"Events 2025 key\" PRIMARY KEY (id);\n");
    }
    if ((partitioning & PARTITION_INDEX) != 0) {
      sql.append("CREATE INDEX \"events 2026 kind\" ON events_2026 (kind);\n");
    }
    if ((partitioning & PARTITION_CHECK) != 0) {
      sql.append("ALTER TABLE events_2026 ADD CONSTRAINT \"kind's set\" CHECK (kind <> '');\n");
    }
    if ((partitioning & PARENT_INDEX) != 0) {
      // Not on kind: PostgreSQL would attach a partition's own index on kind to it, which Dovetail does not model yet.
      sql.append("CREATE INDEX \"Events at\" ON \"Events\" (at);\n");
    }
    if ((partitioning & SUB_PARTITIONS) != 0) {
      sql.append("CREATE TABLE \"Events 2027\" PARTITION OF \"Events\" FOR VALUES FROM ('2027-01-01') TO ('2028-01-01')")
          .append(" PARTITION BY LIST (kind);\n")
          .append("CREATE INDEX \"events 2027 id\" ON \"Events 2027\" (id);\n")
          .append("CREATE TABLE events_2027_a PARTITION OF \"Events 2027\" FOR VALUES IN ('a');\n")
          .append("CREATE TABLE \"Events 2027 rest\" PARTITION OF \"Events 2027\" DEFAULT;\n")
          .append("CREATE INDEX events_2027_a_at ON events_2027_a (at);\n");
    }
    return sql.toString();
  }

  /** The roles stated as owners; a third of the objects, picked by {@link #owners}, state none. */
  static final List<String> OWNER_ROLES = List.of("dovetail_gen_owner", "Gen \"Odd\" Owner");

  /** @return the owner the schema states for the object, or null when it states none */
  String ownerOf(String object) {
    if (owners == 0) {
      return null;
    }
    int pick = Math.floorMod(owners * 31 + object.hashCode(), OWNER_ROLES.size() + 1);
    return pick == OWNER_ROLES.size() ? null : OWNER_ROLES.get(pick);
  }

  /** @return the OWNER TO statements of the objects with a stated owner */
  private String ownersSql() {
    StringBuilder sql = new StringBuilder();
    ownerTo(sql, "TYPE", "mood", "mood");
    ownerTo(sql, "FUNCTION", quote(SCORE) + "(bigint)", SCORE);
    for (Table table : tables) {
      ownerTo(sql, "TABLE", quote(table.name()), table.name());
      View view = table.view();
      if (view != null) {
        ownerTo(sql, view.materialized() ? "MATERIALIZED VIEW" : "VIEW", quote(table.name() + " view"), table.name() + " view");
        if (view.stacked() != 0) {
          ownerTo(sql, "VIEW", quote(table.name() + " view on view"), table.name() + " view on view");
        }
      }
    }
    return sql.toString();
  }

  private void ownerTo(StringBuilder sql, String kind, String object, String name) {
    String owner = ownerOf(name);
    if (owner != null) {
      sql.append("ALTER ").append(kind).append(' ').append(object).append(" OWNER TO ").append(quote(owner)).append(";\n");
    }
  }

  /** @return this schema with one edit applied; an edit with nothing to act on returns the schema unchanged */
  GeneratedSchema apply(Edit edit, int seed) {
    List<Table> next = new ArrayList<>(tables);
    List<String> nextLabels = new ArrayList<>(labels);
    switch (edit) {
      case ADD_TABLE -> {
        List<String> free = TABLE_NAMES.stream().filter(n -> next.stream().noneMatch(t -> t.name().equals(n))).toList();
        if (!free.isEmpty()) {
          String type = pick(TYPES, seed);
          next.add(new Table(pick(free, seed), List.of(new Column("amount", type, false, null, null)), List.of(), List.of(), null));
        }
      }
      case DROP_TABLE -> {
        if (!next.isEmpty()) {
          String gone = pick(next, seed).name();
          next.removeIf(t -> t.name().equals(gone));
          next.replaceAll(t -> new Table(t.name(), t.columns(), t.indexes(),
              t.foreignKeys().stream().filter(f -> !f.referencedTable().equals(gone)).toList(), t.comment(),
              t.rowSecurity(), t.policyColumn(), t.view(), t.key(), t.scoreUses()));
        }
      }
      default -> {
        if (edit == Edit.CHANGE_PARTITIONS) {
          // One bit flips; anything of the table's own brings the table, and the table going takes everything.
          int flipped = partitioning ^ (1 << Math.floorMod(seed, PARTITIONING_BITS));
          int bits = (partitioning & PARTITIONED) == 0 ? flipped | PARTITIONED : (flipped & PARTITIONED) == 0 ? 0 : flipped;
          return new GeneratedSchema(nextLabels, next, score, owners, bits);
        }
        if (edit == Edit.CHANGE_OWNERS) {
          // Other stated owners, or (one time in four) none stated: then every object keeps the owner it has.
          return new GeneratedSchema(nextLabels, next, score, Math.floorMod(seed, 4) == 0 ? 0 : owners + 1 + Math.floorMod(seed, 5), partitioning);
        }
        if (edit == Edit.CHANGE_SCORE) {
          // Another result type, another argument name, or both: never the same function.
          return new GeneratedSchema(nextLabels, next, score ^ (1 + Math.floorMod(seed, 3)), owners, partitioning);
        }
        if (next.isEmpty() && edit != Edit.ADD_LABEL && edit != Edit.REMOVE_LABEL) {
          return this;
        }
        if (edit == Edit.ADD_LABEL) {
          LABELS.stream().filter(l -> !nextLabels.contains(l)).findFirst()
              .ifPresent(l -> nextLabels.add(Math.floorMod(seed, nextLabels.size() + 1), l));
          return new GeneratedSchema(nextLabels, next, score, owners, partitioning);
        }
        if (edit == Edit.REMOVE_LABEL) {
          // A label a default names cannot go; remove one nobody names.
          List<String> removable = nextLabels.stream().filter(l -> !namedByDefault(l)).toList();
          if (nextLabels.size() > 1 && !removable.isEmpty()) {
            nextLabels.remove(pick(removable, seed));
          }
          return new GeneratedSchema(nextLabels, next, score, owners, partitioning);
        }
        int index = Math.floorMod(seed, next.size());
        next.set(index, editTable(next.get(index), edit, seed / 7, next));
      }
    }
    return new GeneratedSchema(nextLabels, next, score, owners, partitioning);
  }

  private boolean namedByDefault(String label) {
    return tables.stream().flatMap(t -> t.columns().stream())
        .anyMatch(c -> c.defaultSql() != null && c.defaultSql().equals(literal(label) + "::mood"));
  }

  private Table editTable(Table table, Edit edit, int seed, List<Table> all) {
    List<Column> columns = new ArrayList<>(table.columns());
    List<Index> indexes = new ArrayList<>(table.indexes());
    List<ForeignKey> fks = new ArrayList<>(table.foreignKeys());
    String comment = table.comment();
    View view = table.view();
    boolean rowSecurity = table.rowSecurity();
    String policyColumn = table.policyColumn();
    int key = table.key();
    int scoreUses = table.scoreUses();
    Column target = columns.isEmpty() ? null : pick(columns, seed);
    switch (edit) {
      case ADD_COLUMN -> {
        List<String> free = COLUMN_NAMES.stream().filter(n -> columns.stream().noneMatch(c -> c.name().equals(n))).toList();
        if (!free.isEmpty()) {
          String type = pick(TYPES, seed);
          columns.add(new Column(pick(free, seed / 3), type, false, null, null));
        }
      }
      case DROP_COLUMN -> {
        if (target != null) {
          columns.remove(target);
          if (view != null) {
            view = view.with(view.columns().stream().filter(c -> !c.equals(target.name())).toList(), view.filtered(), view.materialized());
          }
          indexes.removeIf(i -> i.column().equals(target.name()));
          if (target.name().equals(policyColumn)) {
            policyColumn = null;
          }
          fks.removeIf(f -> f.column().equals(target.name()));
        }
      }
      case WIDEN_TYPE -> {
        // Wider, or (text to varchar, bigint to numeric) another type the column casts to, under its views.
        if (target != null && !isFkColumn(target, fks)) {
          String wider = switch (target.type()) {
            case "integer" -> "bigint";
            case "varchar(20)" -> "varchar(60)";
            case "varchar(60)" -> "text";
            case "text" -> "varchar(60)";
            case "bigint" -> "numeric(12,2)";
            case "numeric(10,2)" -> "numeric(12,2)";
            default -> target.type();
          };
          columns.set(columns.indexOf(target), new Column(target.name(), wider, target.notNull(), target.defaultSql(), target.comment()));
        }
      }
      case TOGGLE_NOT_NULL -> {
        if (target != null) {
          columns.set(columns.indexOf(target), new Column(target.name(), target.type(), !target.notNull(), target.defaultSql(), target.comment()));
        }
      }
      case SET_DEFAULT -> {
        if (target != null && !isFkColumn(target, fks)) {
          columns.set(columns.indexOf(target), new Column(target.name(), target.type(), target.notNull(), defaultFor(target.type(), seed), target.comment()));
        }
      }
      case DROP_DEFAULT -> {
        if (target != null) {
          columns.set(columns.indexOf(target), new Column(target.name(), target.type(), target.notNull(), null, target.comment()));
        }
      }
      case ADD_INDEX -> {
        if (target != null && !target.type().equals("jsonb") && indexes.stream().noneMatch(i -> i.column().equals(target.name()))) {
          indexes.add(new Index(target.name(), seed % 3 == 0));
        }
      }
      case DROP_INDEX -> {
        if (!indexes.isEmpty()) {
          indexes.remove(pick(indexes, seed));
        }
      }
      case ADD_FOREIGN_KEY -> {
        // Only to an earlier table (or itself): the list order stays a valid creation order, with no cycles.
        List<Table> earlier = all.subList(0, all.indexOf(table) + 1);
        Table referenced = pick(earlier, seed);
        String column = "ref";
        if (columns.stream().noneMatch(c -> c.name().equals(column))) {
          columns.add(new Column(column, "bigint", false, null, null));
          fks.add(new ForeignKey(column, referenced.name(), seed % 3 == 0));
        }
      }
      case DROP_FOREIGN_KEY -> {
        if (!fks.isEmpty()) {
          fks.remove(pick(fks, seed));
        }
      }
      case SET_COMMENT -> {
        String text = seed % 4 == 0 ? null : "note " + Math.floorMod(seed, 5) + " — it's \"quoted\"";
        if (seed % 2 == 0 || target == null) {
          comment = text;
        } else {
          columns.set(columns.indexOf(target), new Column(target.name(), target.type(), target.notNull(), target.defaultSql(), text));
        }
      }
      case ADD_VIEW -> {
        if (view == null) {
          view = new View(target == null ? List.of() : List.of(target.name()), seed % 2 == 0, seed % 3 == 0);
        }
      }
      case DROP_VIEW -> view = null;
      case CHANGE_VIEW -> {
        if (view != null) {
          List<String> read = new ArrayList<>(view.columns());
          if (target != null && !read.contains(target.name()) && seed % 2 == 0) {
            read.add(target.name());
          }
          view = view.with(read, seed % 3 == 0 ? view.filtered() : !view.filtered(), seed % 5 == 0 ? !view.materialized() : view.materialized());
        }
      }
      case TOGGLE_ROW_SECURITY -> rowSecurity = !rowSecurity;
      case SET_POLICY -> {
        if (policyColumn != null && (seed % 2 == 0 || target == null)) {
          policyColumn = null;
        } else if (target != null) {
          policyColumn = target.name();
        }
      }
      case TOGGLE_SCORE_USE -> {
        int use = 1 << Math.floorMod(seed, 4);
        scoreUses ^= use;
        if (use == SCORE_POLICY && (scoreUses & SCORE_POLICY) != 0) {
          rowSecurity = true;
        }
      }
      case CHANGE_KEY -> key = (key + 1 + Math.floorMod(seed, KEYS - 1)) % KEYS;
      case TOGGLE_STACKED_VIEW -> {
        if (view != null) {
          view = new View(view.columns(), view.filtered(), view.materialized(), (view.stacked() + 1 + Math.floorMod(seed, 2)) % 3);
        }
      }
      case TOGGLE_VALIDITY -> {
        if (!fks.isEmpty() && (seed % 2 == 0 || (scoreUses & SCORE_CHECK) == 0)) {
          ForeignKey fk = pick(fks, seed);
          fks.set(fks.indexOf(fk), new ForeignKey(fk.column(), fk.referencedTable(), !fk.notValid()));
        } else {
          scoreUses ^= SCORE_CHECK_NOT_VALID;
        }
      }
      default -> throw new IllegalArgumentException(edit.name());
    }
    return new Table(table.name(), columns, indexes, fks, comment, rowSecurity, policyColumn, view, key, scoreUses);
  }

  /**
   * @return whether every column kept under the same name changes only to a type PostgreSQL can cast it to
   *     ({@code ALTER COLUMN … TYPE … USING c::type}). A column dropped and added again under its name with
   *     an unrelated type (an enum to bigint, say) is a change no tool can migrate without a person's
   *     {@code USING} expression; Dovetail reports it through its proof, and the property leaves it out.
   */
  boolean castableTo(GeneratedSchema after) {
    for (Table table : tables) {
      for (Table other : after.tables()) {
        if (!other.name().equals(table.name())) {
          continue;
        }
        for (Column column : table.columns()) {
          for (Column changed : other.columns()) {
            if (changed.name().equals(column.name()) && !castable(column.type(), changed.type())) {
              return false;
            }
          }
        }
      }
    }
    return true;
  }

  private static boolean castable(String from, String to) {
    return from.equals(to) || textual(from) || textual(to) || (numeric(from) && numeric(to));
  }

  private static boolean textual(String type) {
    return type.equals("text") || type.startsWith("varchar");
  }

  private static boolean numeric(String type) {
    return type.equals("integer") || type.equals("bigint") || type.startsWith("numeric");
  }

  private static boolean isFkColumn(Column column, List<ForeignKey> fks) {
    return fks.stream().anyMatch(f -> f.column().equals(column.name()));
  }

  private String defaultFor(String type, int seed) {
    return switch (type) {
      case "integer", "bigint" -> seed % 3 == 0 ? "label_count()" : String.valueOf(Math.floorMod(seed, 100));
      case "numeric(10,2)", "numeric(12,2)" -> String.valueOf(Math.floorMod(seed, 100));
      case "text", "varchar(20)", "varchar(60)" -> literal("x" + Math.floorMod(seed, 10));
      case "boolean" -> seed % 2 == 0 ? "true" : "false";
      case "date" -> "CURRENT_DATE";
      case "timestamptz" -> "now()";
      case "jsonb" -> "'{}'::jsonb";
      case "mood" -> literal(pick(labels, seed)) + "::mood";
      default -> null;
    };
  }

  private static <T> T pick(List<T> items, int seed) {
    return items.get(Math.floorMod(seed, items.size()));
  }

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
