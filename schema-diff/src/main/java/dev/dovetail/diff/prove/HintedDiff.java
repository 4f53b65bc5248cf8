package dev.dovetail.diff.prove;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.AttachedRename;
import dev.dovetail.core.change.ColumnAspect;
import dev.dovetail.core.change.RebuildViews;
import dev.dovetail.core.change.RenameColumn;
import dev.dovetail.core.change.RenameTable;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.ConversionHint;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.RenameHint;
import dev.dovetail.core.model.Sequence;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.diff.compare.SchemaDiffer;
import dev.dovetail.diff.introspect.CatalogReader;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.scratch.ScratchDatabaseProvider;
import dev.dovetail.diff.source.SqlScript;
import dev.dovetail.diff.sql.DdlRenderer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The diff with the table and column rename hints of the declared schema applied: a hinted rename
 * becomes a {@link RenameTable} or {@link RenameColumn} instead of a drop and an add, which would lose the data.
 *
 * <p>Which names follow a rename is PostgreSQL's business, not the model's: index definitions, foreign keys,
 * views and policies name the table or column in deparsed text. So the renames are run on a scratch copy of the
 * current state and the result is read back; everything else is diffed from there. Constraints, indexes and owned
 * sequences that the declared schema names after the new name ({@code accounts_pkey} for {@code users_pkey}) are
 * found by their unchanged definitions and renamed with it, rather than rebuilt.
 *
 * <p>Conversion hints ({@code -- migrations:using}) give the type change of their column the conversion they state.
 *
 * <p>A hint already applied (the current state has the new name and not the old one) is ignored, so hints can stay
 * in the schema files. A hint that contradicts the declared schema, or names something the current state does not
 * have, is an error naming the hint's file and line.
 */
public final class HintedDiff {

  private final SchemaDiffer differ = new SchemaDiffer();
  private final DdlRenderer renderer = new DdlRenderer();
  private final SchemaBuilder builder;
  private final CatalogReader reader;

  /** @param includePrivileges whether the states it reads include privileges */
  public HintedDiff(boolean includePrivileges) {
    this.builder = new SchemaBuilder(includePrivileges);
    this.reader = new CatalogReader(includePrivileges);
  }

  /**
   * @param changes the changes in application order, the hinted renames first
   * @param renamed the current state once the renames are applied: what the changes after them apply to, and what
   *     the planner consults
   */
  public record Result(List<SchemaChange> changes, DatabaseSchema renamed) {}

  /**
   * @return the changes from {@code current} to {@code declared}, hinted renames first, and the type changes of hinted
   *     columns converted as their hints state
   * @throws MigrationException with {@link ErrorCode#DECLARED_SCHEMA_INVALID} for a conversion hint that names no
   *     declared column
   */
  public Result diff(
      ScratchDatabaseProvider scratch, DatabaseSchema current, DatabaseSchema declared, List<RenameHint> hints,
      List<ConversionHint> conversions) {
    for (ConversionHint hint : conversions) {
      boolean declaredColumn = declared.tables().stream()
          .anyMatch(t -> t.name().equals(hint.table()) && t.column(hint.column()).isPresent());
      if (!declaredColumn) {
        throw new MigrationException(
            ErrorCode.DECLARED_SCHEMA_INVALID,
            hint.location() + ": the conversion hint names column " + hint.column() + " of " + hint.table()
                + ", which the declared schema does not have");
      }
    }
    Result result = diff(scratch, current, declared, hints);
    return conversions.isEmpty() ? result : new Result(converted(result.changes(), conversions), result.renamed());
  }

  /** A hint applies to the type change of its column; once the type no longer changes it is ignored. */
  private static List<SchemaChange> converted(List<SchemaChange> changes, List<ConversionHint> conversions) {
    return changes.stream().map(change -> {
      if (change instanceof RebuildViews rebuild) {
        return new RebuildViews(rebuild.dropped(), converted(rebuild.changes(), conversions), rebuild.created());
      }
      if (change instanceof AlterColumn alter && alter.aspects().contains(ColumnAspect.TYPE)) {
        return conversions.stream()
            .filter(h -> h.table().equals(alter.table()) && h.column().equals(alter.to().name()))
            .findFirst()
            .<SchemaChange>map(h -> alter.withConversion(h.conversion()))
            .orElse(alter);
      }
      return change;
    }).toList();
  }

  /** @return the changes from {@code current} to {@code declared}, hinted renames first */
  public Result diff(ScratchDatabaseProvider scratch, DatabaseSchema current, DatabaseSchema declared, List<RenameHint> hints) {
    List<SchemaChange> renames = renames(current, declared, hints);
    if (renames.isEmpty()) {
      return new Result(differ.diff(current, declared, hints), current);
    }
    try (ScratchDatabase database = scratch.create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      connection.setAutoCommit(true);
      builder.build(connection, current);
      for (SchemaChange rename : renames) {
        execute(connection, renderer.render(rename));
      }
      DatabaseSchema renamed = reader.read(connection);
      Map<QualifiedName, List<AttachedRename>> attached = attached(renamed, declared, renames);
      List<SchemaChange> changes = new ArrayList<>();
      for (SchemaChange rename : renames) {
        QualifiedName table = rename instanceof RenameTable t ? t.renamed() : ((RenameColumn) rename).table();
        List<AttachedRename> mine = attached.remove(table);
        if (mine == null || mine.isEmpty()) {
          changes.add(rename);
          continue;
        }
        execute(connection, DdlRenderer.attachedRenames(table, mine));
        changes.add(rename instanceof RenameTable t
            ? new RenameTable(t.from(), t.to(), mine, t.columns())
            : new RenameColumn(table, ((RenameColumn) rename).from(), ((RenameColumn) rename).to(), mine));
      }
      DatabaseSchema state = reader.read(connection);
      changes.addAll(differ.diff(state, declared, hints));
      return new Result(changes, state);
    } catch (SQLException e) {
      throw new MigrationException(ErrorCode.SCRATCH_FAILED, "applying rename hints on a scratch database: " + e.getMessage(), e);
    }
  }

  private static void execute(Connection connection, List<Statement> statements) throws SQLException {
    try (java.sql.Statement jdbc = connection.createStatement()) {
      jdbc.setEscapeProcessing(false);
      for (Statement statement : statements) {
        jdbc.execute(statement.sql());
      }
    }
  }

  /** @return the hinted renames that apply, tables first, each checked against both states */
  private static List<SchemaChange> renames(DatabaseSchema current, DatabaseSchema declared, List<RenameHint> hints) {
    Map<QualifiedName, QualifiedName> tableRenames = new LinkedHashMap<>(); // new name -> current name
    List<SchemaChange> tables = new ArrayList<>();
    for (RenameHint hint : hints) {
      if (hint.kind() != RenameHint.Kind.TABLE) {
        continue;
      }
      QualifiedName from = hint.object();
      QualifiedName to = new QualifiedName(from.schema(), hint.to());
      if (declared.table(to).isEmpty()) {
        throw invalid(hint, "renames table " + from + " to " + to + ", which the declared schema does not have");
      }
      if (declared.table(from).isPresent()) {
        throw invalid(hint, "renames table " + from + ", which the declared schema still declares; a renamed table is declared under its new name only");
      }
      boolean hasFrom = current.table(from).isPresent();
      boolean hasTo = current.table(to).isPresent();
      if (hasTo && !hasFrom) {
        continue; // applied by an earlier migration
      }
      if (!hasFrom || hasTo) {
        throw invalid(hint, "renames table " + from + " to " + to + ", but the current state has "
            + (hasFrom ? "both" : "neither"));
      }
      tableRenames.put(to, from);
      tables.add(new RenameTable(from, to.name(), List.of(),
          current.table(from).orElseThrow().columns().stream().map(dev.dovetail.core.model.Column::name).toList()));
    }
    List<SchemaChange> columns = new ArrayList<>();
    for (RenameHint hint : hints) {
      if (hint.kind() != RenameHint.Kind.COLUMN) {
        continue;
      }
      QualifiedName name = hint.object();
      Table target = declared.table(name)
          .orElseThrow(() -> invalid(hint, "names table " + name + ", which the declared schema does not have"));
      if (target.column(hint.to()).isEmpty()) {
        throw invalid(hint, "renames to column " + hint.to() + ", which table " + name + " does not declare");
      }
      if (target.column(hint.from()).isPresent()) {
        throw invalid(hint, "renames column " + hint.from() + ", which table " + name + " still declares; a renamed column is declared under its new name only");
      }
      QualifiedName currentName = tableRenames.getOrDefault(name, name);
      Table table = current.table(currentName)
          .orElseThrow(() -> invalid(hint, "renames a column of table " + currentName + ", which the current state does not have"));
      boolean hasFrom = table.column(hint.from()).isPresent();
      boolean hasTo = table.column(hint.to()).isPresent();
      if (hasTo && !hasFrom) {
        continue;
      }
      if (!hasFrom || hasTo) {
        throw invalid(hint, "renames column " + hint.from() + " of " + currentName + " to " + hint.to() + ", but the current table has "
            + (hasFrom ? "both" : "neither"));
      }
      columns.add(new RenameColumn(name, hint.from(), hint.to(), List.of()));
    }
    tables.addAll(columns);
    return tables;
  }

  /**
   * @return per renamed table, the constraints, indexes and owned sequences whose definitions the declared table has
   *     under another name that the renamed state does not use
   */
  private static Map<QualifiedName, List<AttachedRename>> attached(DatabaseSchema renamed, DatabaseSchema declared, List<SchemaChange> renames) {
    Map<QualifiedName, List<AttachedRename>> result = new LinkedHashMap<>();
    for (SchemaChange rename : renames) {
      QualifiedName name = rename instanceof RenameTable t ? t.renamed() : ((RenameColumn) rename).table();
      if (result.containsKey(name)) {
        continue;
      }
      Table now = renamed.table(name).orElseThrow();
      Table wanted = declared.table(name).orElseThrow();
      List<AttachedRename> attached = new ArrayList<>();
      Set<String> nowConstraints = now.constraints().stream().map(Constraint::name).collect(Collectors.toSet());
      Set<String> wantedConstraints = wanted.constraints().stream().map(Constraint::name).collect(Collectors.toSet());
      for (Constraint c : now.constraints()) {
        if (wantedConstraints.contains(c.name())) {
          continue;
        }
        wanted.constraints().stream()
            .filter(w -> !nowConstraints.contains(w.name()) && w.getClass() == c.getClass() && w.definition().equals(c.definition()))
            .findFirst()
            .ifPresent(w -> {
              attached.add(new AttachedRename(AttachedRename.Kind.CONSTRAINT, c.name(), w.name()));
              nowConstraints.add(w.name());
            });
      }
      Set<String> nowIndexes = now.indexes().stream().map(Index::name).collect(Collectors.toSet());
      Set<String> wantedIndexes = wanted.indexes().stream().map(Index::name).collect(Collectors.toSet());
      for (Index i : now.indexes()) {
        if (wantedIndexes.contains(i.name())) {
          continue;
        }
        wanted.indexes().stream()
            .filter(w -> !nowIndexes.contains(w.name()) && sameShape(w, i))
            .findFirst()
            .ifPresent(w -> {
              attached.add(new AttachedRename(AttachedRename.Kind.INDEX, i.name(), w.name()));
              nowIndexes.add(w.name());
            });
      }
      for (Sequence s : renamed.sequences()) {
        if (s.ownedBy() == null || !s.ownedBy().table().equals(name) || declared.sequences().stream().anyMatch(d -> d.name().equals(s.name()))) {
          continue;
        }
        declared.sequences().stream()
            .filter(d -> Objects.equals(d.ownedBy(), s.ownedBy()) && d.name().schema().equals(s.name().schema()))
            .filter(d -> renamed.sequences().stream().noneMatch(r -> r.name().equals(d.name())))
            .findFirst()
            .ifPresent(d -> attached.add(new AttachedRename(AttachedRename.Kind.SEQUENCE, s.name().name(), d.name().name())));
      }
      result.put(name, attached);
    }
    return result;
  }

  private static boolean sameShape(Index a, Index b) {
    return a.unique() == b.unique()
        && a.method().equals(b.method())
        && a.keys().equals(b.keys())
        && a.include().equals(b.include())
        && Objects.equals(a.predicate(), b.predicate())
        && Optional.ofNullable(a.comment()).equals(Optional.ofNullable(b.comment()));
  }

  private static MigrationException invalid(RenameHint hint, String problem) {
    return new MigrationException(ErrorCode.DECLARED_SCHEMA_INVALID, hint.location() + ": rename hint " + problem);
  }
}
