package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.ColumnSettings;
import dev.dovetail.core.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TABLE … ALTER COLUMN … SET STORAGE / SET COMPRESSION / SET (…) / RESET (…)}: how a column's values are
 * stored and estimated ({@link ColumnSettings}). Values already stored keep their storage and compression until they
 * are written again; the options take effect at the next {@code ANALYZE}.
 *
 * @param table the table
 * @param column the column
 * @param from its settings now ({@link ColumnSettings#DEFAULT} for none)
 * @param to the settings it must have
 */
public record AlterColumnSettings(QualifiedName table, String column, ColumnSettings from, ColumnSettings to) implements SchemaChange {

  public AlterColumnSettings {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    from = ColumnSettings.orDefault(from);
    to = ColumnSettings.orDefault(to);
  }

  @Override
  public AlterColumnSettings inverse() {
    return new AlterColumnSettings(table, column, to, from);
  }

  /** @return whether the storage strategy or the compression changes, which takes an ACCESS EXCLUSIVE lock */
  public boolean changesStorage() {
    return !Objects.equals(from.storage(), to.storage()) || !Objects.equals(from.compression(), to.compression());
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.COLUMN, table, column, Verb.ALTER);
  }

  @Override
  public String baseName() {
    return NameWords.join("set_" + String.join("_and_", what()), NameWords.table(table), NameWords.word(column));
  }

  @Override
  public String describe() {
    return "Sets the " + String.join(" and ", what()) + " of column " + column + " of table " + table + ".";
  }

  private List<String> what() {
    List<String> what = new ArrayList<>();
    if (!Objects.equals(from.storage(), to.storage())) {
      what.add("storage");
    }
    if (!Objects.equals(from.compression(), to.compression())) {
      what.add("compression");
    }
    if (!from.options().equals(to.options())) {
      what.add("options");
    }
    return what.isEmpty() ? List.of("settings") : what;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
