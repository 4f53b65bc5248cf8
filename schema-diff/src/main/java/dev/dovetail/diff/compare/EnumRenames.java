package dev.dovetail.diff.compare;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.change.RenameEnumValue;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.EnumType;
import dev.dovetail.core.model.RenameHint;
import dev.dovetail.core.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the enum-label rename hints to the current state before it is compared, so that a renamed label
 * becomes {@code ALTER TYPE … RENAME VALUE} (rows keep their value) instead of a removed label and an added
 * one (which would fail on every row holding it).
 *
 * <p>A hint already applied (the current type has the new label and not the old one) and a hint for a type
 * the current state does not have yet are ignored, so hints can stay in the schema files. A hint that
 * contradicts the declared schema, or names a label the current type does not have, is an error.
 */
final class EnumRenames {

  private EnumRenames() {}

  /**
   * The hints applied.
   *
   * @param state the current state with the hinted labels renamed, in the type and in the column defaults and checks
   *     that name them ({@code 'old'::type} reads back as {@code 'new'::type} after the rename)
   * @param renames one {@link RenameEnumValue} per hint that applies, in hint order
   */
  record Applied(DatabaseSchema state, List<SchemaChange> renames) {}

  static Applied apply(DatabaseSchema current, DatabaseSchema declared, List<RenameHint> hints) {
    List<SchemaChange> renames = new ArrayList<>();
    DatabaseSchema state = current;
    for (RenameHint hint : hints) {
      if (hint.kind() != RenameHint.Kind.VALUE) {
        continue;
      }
      EnumType target = declared.enums().stream().filter(e -> e.name().equals(hint.object())).findFirst()
          .orElseThrow(() -> invalid(hint, "names enum type " + hint.object() + ", which the declared schema does not have"));
      if (!target.labels().contains(hint.to())) {
        throw invalid(hint, "renames to '" + hint.to() + "', which enum type " + hint.object() + " does not declare");
      }
      if (target.labels().contains(hint.from())) {
        throw invalid(hint, "renames '" + hint.from() + "', which enum type " + hint.object() + " still declares; a renamed label"
            + " is declared under its new name only");
      }
      EnumType type = state.enums().stream().filter(e -> e.name().equals(hint.object())).findFirst().orElse(null);
      if (type == null || (type.labels().contains(hint.to()) && !type.labels().contains(hint.from()))) {
        continue;
      }
      if (!type.labels().contains(hint.from()) || type.labels().contains(hint.to())) {
        throw invalid(hint, "renames '" + hint.from() + "' to '" + hint.to() + "', but enum type " + hint.object()
            + " has labels " + type.labels() + " now");
      }
      renames.add(new RenameEnumValue(type.name(), hint.from(), hint.to()));
      state = renamed(state, type, hint.from(), hint.to());
    }
    return new Applied(state, List.copyOf(renames));
  }

  private static DatabaseSchema renamed(DatabaseSchema schema, EnumType type, String from, String to) {
    List<String> labels = type.labels().stream().map(l -> l.equals(from) ? to : l).toList();
    List<EnumType> enums = schema.enums().stream().map(e -> e.equals(type) ? e.withLabels(labels) : e).toList();
    String oldConstant = literal(from) + "::" + type.reference();
    String newConstant = literal(to) + "::" + type.reference();
    List<Table> tables = new ArrayList<>();
    for (Table table : schema.tables()) {
      List<Column> columns = table.columns().stream()
          .map(c -> c.defaultExpression() == null || !c.defaultExpression().contains(oldConstant)
              ? c
              : new Column(c.name(), c.type(), c.notNull(), c.defaultExpression().replace(oldConstant, newConstant), c.identity(),
                  c.generatedExpression(), c.collation(), c.defaultSequences(), c.comment(), c.generatedReads(),
                  c.defaultFunctions(), c.defaultVolatile()))
          .toList();
      List<Constraint> constraints = table.constraints().stream()
          .map(k -> k instanceof CheckConstraint check && check.definition().contains(oldConstant)
              ? new CheckConstraint(check.name(), check.definition().replace(oldConstant, newConstant), check.comment(), check.functions(), check.validated())
              : k)
          .toList();
      tables.add(table.with(columns, constraints));
    }
    return schema.toBuilder().enums(enums).tables(tables).build();
  }

  private static String literal(String label) {
    return "'" + label.replace("'", "''") + "'";
  }

  private static MigrationException invalid(RenameHint hint, String problem) {
    return new MigrationException(ErrorCode.DECLARED_SCHEMA_INVALID, hint.location() + ": rename hint " + problem);
  }
}
