package dev.dovetail.it.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The schema of the scale benchmark, written as plain SQL the way a team would write it (it shares no code with
 * Dovetail's renderer). Per table: 13 columns, on average 2.6 indexes, one foreign key (to an earlier table) and one
 * check; across the schema: a view for every tenth table, a materialized view for every fiftieth, a SQL function and a
 * trigger for every tenth, row-level security with a policy for every twentieth, a comment on every fifth. Tables are
 * spread over schemas of 1,000 tables each, each with an enum type.
 *
 * <p>{@link #edited()} is the same schema with about 5% of the tables edited the way a pull request edits them: a
 * column added, an index added or dropped, a default changed, a column widened, a check added or a table created.
 * Everything is decided by the size and the seed alone, so every run of one size declares the same SQL.
 *
 * @param tables the number of tables
 * @param seed the seed of the choices that vary per table (which columns are unique, which table a key references)
 */
public record BenchSchema(int tables, long seed) {

  /** The sizes of the benchmark: S, M and L. */
  public static BenchSchema of(String size) {
    return switch (size) {
      case "S" -> new BenchSchema(50, 42);
      case "M" -> new BenchSchema(500, 42);
      case "L" -> new BenchSchema(5_000, 42);
      default -> {
        try {
          yield new BenchSchema(Integer.parseInt(size), 42);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("a bench size is S, M, L or a number of tables, not " + size, e);
        }
      }
    };
  }

  /** @return the schema as it is: what the live database holds */
  public List<String> current() {
    return statements(false);
  }

  /** @return the schema with about 5% of its tables edited: what the team declares */
  public List<String> edited() {
    return statements(true);
  }

  /** @return how many tables {@link #edited()} changes or adds */
  public int editedTables() {
    int count = 0;
    for (int i = 0; i < tables; i++) {
      if (edited(i)) {
        count++;
      }
    }
    return count;
  }

  private static boolean edited(int table) {
    return table % 20 == 7;
  }

  private List<String> statements(boolean edited) {
    Random random = new Random(seed);
    List<String> sql = new ArrayList<>();
    int schemas = (tables + 999) / 1000;
    for (int s = 0; s < schemas; s++) {
      sql.add("CREATE SCHEMA " + schema(s));
      sql.add("CREATE TYPE " + schema(s) + ".status AS ENUM ('new', 'active', 'on hold', 'closed')");
    }
    for (int i = 0; i < tables; i++) {
      // The random choices are drawn whether or not the table is edited, so that both sides agree on the rest.
      boolean unique = random.nextInt(10) < 6;
      int referenced = i == 0 ? -1 : random.nextInt(i);
      table(sql, i, unique, referenced, edited && edited(i) ? (i / 20) % 6 : -1);
    }
    return sql;
  }

  private static String schema(int s) {
    return "bench_" + s;
  }

  private static String table(int i) {
    return schema(i / 1000) + ".t" + i;
  }

  private void table(List<String> sql, int i, boolean unique, int referenced, int edit) {
    String t = table(i);
    String status = schema(i / 1000) + ".status";
    String code = edit == 3 ? "varchar(64)" : "varchar(32)";
    String amountDefault = edit == 2 ? "1" : "0";
    sql.add("CREATE TABLE " + t + " (\n"
        + "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
        + "  name text NOT NULL,\n"
        + "  code " + code + ",\n"
        + "  amount numeric(12,2) NOT NULL DEFAULT " + amountDefault + ",\n"
        + "  quantity integer NOT NULL DEFAULT 1 CHECK (quantity >= 0),\n"
        + "  created_at timestamptz NOT NULL DEFAULT now(),\n"
        + "  updated_at timestamptz,\n"
        + "  active boolean NOT NULL DEFAULT true,\n"
        + "  status " + status + " NOT NULL DEFAULT 'new',\n"
        + "  payload jsonb,\n"
        + "  ref_id bigint" + (referenced < 0 ? "" : " REFERENCES " + table(referenced) + " (id)") + ",\n"
        + "  note text,\n"
        + "  score double precision"
        + (edit == 0 ? ",\n  extra text" : "")
        + "\n)");
    sql.add("CREATE INDEX ON " + t + " (ref_id)");
    if (edit != 4) {
      sql.add("CREATE INDEX ON " + t + " (created_at)");
    }
    if (unique) {
      sql.add("CREATE UNIQUE INDEX ON " + t + " (code)");
    }
    if (edit == 1) {
      sql.add("CREATE INDEX ON " + t + " (lower(name))");
    }
    if (edit == 5) {
      sql.add("ALTER TABLE " + t + " ADD CONSTRAINT t" + i + "_amount_positive CHECK (amount >= 0)");
      sql.add("CREATE TABLE " + t + "_history (\n"
          + "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
          + "  t_id bigint NOT NULL REFERENCES " + t + " (id),\n"
          + "  changed_at timestamptz NOT NULL DEFAULT now(),\n"
          + "  old_amount numeric(12,2)\n"
          + ")");
      sql.add("CREATE INDEX ON " + t + "_history (t_id)");
    }
    if (i % 5 == 0) {
      sql.add("COMMENT ON TABLE " + t + " IS 'table " + i + " of the scale benchmark'");
    }
    if (i % 10 == 0) {
      sql.add("CREATE VIEW " + t + "_active AS SELECT id, name, amount, status FROM " + t + " WHERE active");
      sql.add("CREATE FUNCTION " + t + "_total(bigint) RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT sum(amount) FROM "
          + t + " WHERE ref_id = $1 $$");
      sql.add("CREATE FUNCTION " + t + "_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); "
          + "RETURN NEW; END $$");
      sql.add("CREATE TRIGGER touch BEFORE UPDATE ON " + t + " FOR EACH ROW EXECUTE FUNCTION " + t + "_touch()");
    }
    if (i % 50 == 0) {
      sql.add("CREATE MATERIALIZED VIEW " + t + "_by_status AS SELECT status, count(*) AS rows FROM " + t + " GROUP BY status");
    }
    if (i % 20 == 0) {
      sql.add("ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY");
      sql.add("CREATE POLICY active_rows ON " + t + " FOR SELECT USING (active)");
    }
  }
}
