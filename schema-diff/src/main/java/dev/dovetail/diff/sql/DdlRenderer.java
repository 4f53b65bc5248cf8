package dev.dovetail.diff.sql;

import dev.dovetail.core.change.AddColumn;
import dev.dovetail.core.change.AlterClusterOn;
import dev.dovetail.core.change.AlterColumnSettings;
import dev.dovetail.core.change.AlterColumnStatistics;
import dev.dovetail.core.change.AlterInheritance;
import dev.dovetail.core.change.AlterReplicaIdentity;
import dev.dovetail.core.change.AddConstraint;
import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.AlterConstraintValidity;
import dev.dovetail.core.change.AlterCompositeType;
import dev.dovetail.core.change.AlterDomain;
import dev.dovetail.core.change.AlterEnum;
import dev.dovetail.core.change.AlterExtension;
import dev.dovetail.core.change.AlterOwner;
import dev.dovetail.core.change.AlterPartitionBound;
import dev.dovetail.core.change.AlterPolicy;
import dev.dovetail.core.change.AlterRowSecurity;
import dev.dovetail.core.change.AlterSequence;
import dev.dovetail.core.change.AlterTableStorage;
import dev.dovetail.core.change.AlterTriggerState;
import dev.dovetail.core.change.AttachedRename;
import dev.dovetail.core.change.ColumnAspect;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreateCompositeType;
import dev.dovetail.core.change.CreateRangeType;
import dev.dovetail.core.change.DropRangeType;
import dev.dovetail.core.change.CreateCollation;
import dev.dovetail.core.change.CreateStatistics;
import dev.dovetail.core.change.CreateDomain;
import dev.dovetail.core.change.CreateEnum;
import dev.dovetail.core.change.CreateExtension;
import dev.dovetail.core.change.CreateFunction;
import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.change.CreatePartition;
import dev.dovetail.core.change.CreatePolicy;
import dev.dovetail.core.change.CreateSchema;
import dev.dovetail.core.change.CreateSequence;
import dev.dovetail.core.change.CreateTable;
import dev.dovetail.core.change.CreateRule;
import dev.dovetail.core.change.CreateTrigger;
import dev.dovetail.core.change.CreateView;
import dev.dovetail.core.change.DropColumn;
import dev.dovetail.core.change.DropCompositeType;
import dev.dovetail.core.change.DropConstraint;
import dev.dovetail.core.change.DropCollation;
import dev.dovetail.core.change.DropStatistics;
import dev.dovetail.core.change.DropDomain;
import dev.dovetail.core.change.DropEnum;
import dev.dovetail.core.change.DropExtension;
import dev.dovetail.core.change.DropFunction;
import dev.dovetail.core.change.DropIndex;
import dev.dovetail.core.change.DropPartition;
import dev.dovetail.core.change.DropPolicy;
import dev.dovetail.core.change.DropSchema;
import dev.dovetail.core.change.DropSequence;
import dev.dovetail.core.change.DropTable;
import dev.dovetail.core.change.DropRule;
import dev.dovetail.core.change.DropTrigger;
import dev.dovetail.core.change.DropView;
import dev.dovetail.core.change.GrantPrivilege;
import dev.dovetail.core.change.RebuildViews;
import dev.dovetail.core.change.RenameColumn;
import dev.dovetail.core.change.RenameEnumValue;
import dev.dovetail.core.change.RenameTable;
import dev.dovetail.core.change.ReplaceFunction;
import dev.dovetail.core.change.ReplaceRule;
import dev.dovetail.core.change.ReplaceView;
import dev.dovetail.core.change.RevokePrivilege;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.SetComment;
import dev.dovetail.core.model.Attribute;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ColumnRef;
import dev.dovetail.core.model.ColumnSettings;
import dev.dovetail.core.model.CompositeType;
import dev.dovetail.core.model.RangeType;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.Collation;
import dev.dovetail.core.model.Statistics;
import dev.dovetail.core.model.Domain;
import dev.dovetail.core.model.EnumType;
import dev.dovetail.core.model.Extension;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Function;
import dev.dovetail.core.model.Identity;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.Ownership;
import dev.dovetail.core.model.Policy;
import dev.dovetail.core.model.PrivilegeTarget;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.RowSecurity;
import dev.dovetail.core.model.Rule;
import dev.dovetail.core.model.Sequence;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.model.Trigger;
import dev.dovetail.core.model.View;
import dev.dovetail.core.plan.Lock;
import dev.dovetail.core.plan.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns a {@link SchemaChange} into SQL statements, each with the lock it takes and its hazards (from {@link Hazards}).
 * Its package is the only code that writes migration SQL: the recipes ask {@link RecipeSql}, {@link BackfillSql} and
 * {@link ShadowSql} for the other forms they need. Definitions PostgreSQL deparsed for us (constraints, indexes,
 * expressions) are used as they are, since they are already correctly quoted and qualified.
 */
public final class DdlRenderer implements SchemaChange.Visitor<List<Statement>> {

  /** @return the statements that apply {@code change} */
  public List<Statement> render(SchemaChange change) {
    return change.accept(this);
  }

  @Override
  public List<Statement> visit(CreateSchema change) {
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of("CREATE SCHEMA " + Sql.ident(change.schema().name()), Lock.NONE));
    comment(statements, new CommentTarget(CommentTarget.Kind.SCHEMA, change.schema().name(), null, null), change.schema().comment());
    return List.copyOf(statements);
  }

  @Override
  public List<Statement> visit(DropSchema change) {
    return List.of(Statement.of("DROP SCHEMA " + Sql.ident(change.schema().name()), Lock.NONE));
  }

  @Override
  public List<Statement> visit(SetComment change) {
    return List.of(commentStatement(change.target(), change.to()));
  }

  /** Adds {@code COMMENT ON target IS text} when there is a text: a new object has no comment yet. */
  private static void comment(List<Statement> statements, CommentTarget target, String text) {
    if (text != null) {
      statements.add(commentStatement(target, text));
    }
  }

  /** @return {@code COMMENT ON target IS text}, or {@code IS NULL} when {@code text} is null */
  public static Statement commentStatement(CommentTarget target, String text) {
    String object =
        switch (target.kind()) {
          case SCHEMA -> "SCHEMA " + Sql.ident(target.schema());
          case TABLE -> "TABLE " + Sql.qualified(new QualifiedName(target.schema(), target.name()));
          case COLUMN -> "COLUMN " + Sql.qualified(new QualifiedName(target.schema(), target.name())) + "." + Sql.ident(target.member());
          case CONSTRAINT -> "CONSTRAINT " + Sql.ident(target.member()) + " ON " + Sql.qualified(new QualifiedName(target.schema(), target.name()));
          case INDEX -> "INDEX " + Sql.qualified(new QualifiedName(target.schema(), target.name()));
          case SEQUENCE -> "SEQUENCE " + Sql.qualified(new QualifiedName(target.schema(), target.name()));
          case VIEW -> "VIEW " + Sql.qualified(new QualifiedName(target.schema(), target.name()));
          case MATERIALIZED_VIEW -> "MATERIALIZED VIEW " + Sql.qualified(new QualifiedName(target.schema(), target.name()));
          case TYPE -> "TYPE " + Sql.qualified(new QualifiedName(target.schema(), target.name()));
          case DOMAIN -> "DOMAIN " + Sql.qualified(new QualifiedName(target.schema(), target.name()));
          case FUNCTION -> "FUNCTION " + Sql.qualified(new QualifiedName(target.schema(), target.name())) + "(" + target.member() + ")";
          case PROCEDURE -> "PROCEDURE " + Sql.qualified(new QualifiedName(target.schema(), target.name())) + "(" + target.member() + ")";
          case AGGREGATE -> "AGGREGATE " + Sql.qualified(new QualifiedName(target.schema(), target.name())) + "(" + target.member() + ")";
          case TRIGGER -> "TRIGGER " + Sql.ident(target.member()) + " ON " + Sql.qualified(new QualifiedName(target.schema(), target.name()));
          case RULE -> "RULE " + Sql.ident(target.member()) + " ON " + Sql.qualified(new QualifiedName(target.schema(), target.name()));
          case POLICY -> "POLICY " + Sql.ident(target.member()) + " ON " + Sql.qualified(new QualifiedName(target.schema(), target.name()));
        };
    return Statement.of("COMMENT ON " + object + " IS " + (text == null ? "NULL" : Sql.literal(text)), Lock.NONE);
  }

  private static void tableComments(List<Statement> statements, Table table) {
    QualifiedName name = table.name();
    comment(statements, new CommentTarget(CommentTarget.Kind.TABLE, name.schema(), name.name(), null), table.comment());
    table.columns().forEach(c -> columnComment(statements, name, c));
    table.constraints().forEach(c -> constraintComment(statements, name, c));
    table.indexes().forEach(i -> indexComment(statements, i));
  }

  private static void columnComment(List<Statement> statements, QualifiedName table, Column column) {
    comment(statements, new CommentTarget(CommentTarget.Kind.COLUMN, table.schema(), table.name(), column.name()), column.comment());
  }

  private static void constraintComment(List<Statement> statements, QualifiedName table, Constraint constraint) {
    comment(
        statements,
        new CommentTarget(CommentTarget.Kind.CONSTRAINT, table.schema(), table.name(), constraint.name()),
        constraint.comment());
    // the index behind a key or exclusion constraint has the constraint's name
    comment(statements, new CommentTarget(CommentTarget.Kind.INDEX, table.schema(), constraint.name(), null), constraint.indexComment());
  }

  private static void indexComment(List<Statement> statements, Index index) {
    comment(statements, new CommentTarget(CommentTarget.Kind.INDEX, index.table().schema(), index.name(), null), index.comment());
  }

  private static void sequenceComment(List<Statement> statements, Sequence sequence) {
    comment(
        statements,
        new CommentTarget(CommentTarget.Kind.SEQUENCE, sequence.name().schema(), sequence.name().name(), null),
        sequence.comment());
  }

  @Override
  public List<Statement> visit(CreateExtension change) {
    Extension extension = change.extension();
    return List.of(
        Statement.of(
            "CREATE EXTENSION " + Sql.ident(extension.name()) + " WITH SCHEMA " + Sql.ident(extension.schema())
                + " VERSION " + Sql.literal(extension.version()), Lock.NONE));
  }

  @Override
  public List<Statement> visit(DropExtension change) {
    return List.of(Statement.of("DROP EXTENSION " + Sql.ident(change.extension().name()), Lock.NONE, Hazards.EXTENSION_DROPPED));
  }

  @Override
  public List<Statement> visit(AlterExtension change) {
    List<Statement> statements = new ArrayList<>();
    String alter = "ALTER EXTENSION " + Sql.ident(change.to().name());
    Extension from = change.from();
    Extension to = change.to();
    if (!from.version().equals(to.version())) {
      if (!from.canUpdateTo(to.version())) {
        statements.add(Irreversible.down("extension " + to.name() + " has no update path from version " + from.version()
            + " to " + to.version() + " (PostgreSQL's extension scripts rarely go back): drop and create it at "
            + to.version() + " by hand if that is safe for the objects that use it, or restore from a backup"));
      } else {
        Statement update = Statement.of(alter + " UPDATE TO " + Sql.literal(to.version()), Lock.NONE);
        statements.add(to.canUpdateTo(from.version()) ? update : update.with(Hazards.EXTENSION_ONE_WAY));
      }
    }
    if (!change.from().schema().equals(change.to().schema())) {
      statements.add(Statement.of(alter + " SET SCHEMA " + Sql.ident(change.to().schema()), Lock.NONE));
    }
    return List.copyOf(statements);
  }

  /** Every property is spelled out, so that the collation is the same whatever the server's defaults. */
  @Override
  public List<Statement> visit(CreateCollation change) {
    Collation collation = change.collation();
    List<String> options = new ArrayList<>();
    options.add("provider = " + collation.provider());
    if (collation.locale() != null) {
      options.add("locale = " + Sql.literal(collation.locale()));
    }
    if (collation.lcCollate() != null) {
      options.add("lc_collate = " + Sql.literal(collation.lcCollate()));
    }
    if (collation.lcCtype() != null) {
      options.add("lc_ctype = " + Sql.literal(collation.lcCtype()));
    }
    if (collation.rules() != null) {
      options.add("rules = " + Sql.literal(collation.rules()));
    }
    options.add("deterministic = " + collation.deterministic());
    return List.of(Statement.of(
        "CREATE COLLATION " + Sql.qualified(collation.name()) + " (" + String.join(", ", options) + ")", Lock.NONE));
  }

  @Override
  public List<Statement> visit(DropCollation change) {
    return List.of(Statement.of("DROP COLLATION " + Sql.qualified(change.collation().name()), Lock.NONE));
  }

  /** PostgreSQL's own definition; it takes a SHARE UPDATE EXCLUSIVE lock, which lets reads and writes go on. */
  @Override
  public List<Statement> visit(CreateStatistics change) {
    Statistics statistics = change.statistics();
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(statistics.definition(), Lock.on(Lock.Mode.SHARE_UPDATE_EXCLUSIVE, statistics.table())));
    if (statistics.target() != null) {
      statements.add(Statement.of(
          "ALTER STATISTICS " + Sql.qualified(statistics.name()) + " SET STATISTICS " + statistics.target(), Lock.NONE));
    }
    return List.copyOf(statements);
  }

  @Override
  public List<Statement> visit(DropStatistics change) {
    Statistics statistics = change.statistics();
    return List.of(Statement.of(
        "DROP STATISTICS " + Sql.qualified(statistics.name()), Lock.on(Lock.Mode.SHARE_UPDATE_EXCLUSIVE, statistics.table())));
  }

  @Override
  public List<Statement> visit(CreateEnum change) {
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(createEnum(change.type().name(), change.type().labels()), Lock.NONE));
    typeComment(statements, change.type());
    return List.copyOf(statements);
  }

  private static void typeComment(List<Statement> statements, EnumType type) {
    comment(statements, new CommentTarget(CommentTarget.Kind.TYPE, type.name().schema(), type.name().name(), null), type.comment());
  }

  @Override
  public List<Statement> visit(DropEnum change) {
    return List.of(Statement.of("DROP TYPE " + Sql.qualified(change.type().name()), Lock.NONE));
  }

  /**
   * Added labels go in with {@code ADD VALUE}, placed before the next existing label (or after the previous
   * one). Removed or reordered labels need a new type: PostgreSQL cannot drop or move a label. The old type
   * is renamed aside, the new one created under the name, every column converted through {@code text}, and
   * the old type dropped; defaults, checks and indexes that name the type are taken off and put back around
   * the conversion.
   */
  @Override
  public List<Statement> visit(AlterEnum change) {
    EnumType from = change.from();
    EnumType to = change.to();
    String type = Sql.qualified(to.name());
    List<Statement> statements = new ArrayList<>();
    if (change.additive()) {
      List<String> present = new ArrayList<>(from.labels());
      List<String> target = to.labels();
      for (int i = 0; i < target.size(); i++) {
        String label = target.get(i);
        if (present.contains(label)) {
          continue;
        }
        String next = target.subList(i + 1, target.size()).stream().filter(present::contains).findFirst().orElse(null);
        // Before the next label that is already there; with none, ADD VALUE appends, which is where it belongs.
        String position = next != null ? " BEFORE " + Sql.literal(next) : "";
        statements.add(Statement.of("ALTER TYPE " + type + " ADD VALUE " + Sql.literal(label) + position, Lock.NONE));
        present.add(next == null ? present.size() : present.indexOf(next), label);
      }
      return List.copyOf(statements);
    }
    change.indexes().forEach(i -> statements.add(Statement.of("DROP INDEX " + Sql.qualified(i.qualifiedName()), accessExclusive(i.table()))));
    change.constraints().forEach(c -> statements.add(Statement.of(
        alterTable(c.table()) + " DROP CONSTRAINT " + Sql.ident(c.constraint().name()), accessExclusive(c.table()))));
    for (AlterEnum.UsingColumn using : change.columns()) {
      if (using.column().defaultExpression() != null) {
        statements.add(Statement.of(
            alterTable(using.table()) + " ALTER COLUMN " + Sql.ident(using.column().name()) + " DROP DEFAULT", accessExclusive(using.table())));
      }
    }
    String aside = to.name().name().length() > 40 ? to.name().name().substring(0, 40) + "__old" : to.name().name() + "__old";
    statements.add(Statement.of("ALTER TYPE " + type + " RENAME TO " + Sql.ident(aside), Lock.NONE));
    statements.add(Statement.of(createEnum(to.name(), to.labels()), Lock.NONE));
    statements.add(RecipeSql.copyTypeOwner(new QualifiedName(to.name().schema(), aside), to.name()));
    typeComment(statements, to);
    for (AlterEnum.UsingColumn using : change.columns()) {
      Column column = using.column();
      boolean array = column.type().endsWith("[]");
      String cast = Sql.ident(column.name()) + (array ? "::text[]::" : "::text::") + column.type();
      statements.add(Statement.of(
          alterTable(using.table()) + " ALTER COLUMN " + Sql.ident(column.name()) + " TYPE " + column.type() + " USING " + cast,
          accessExclusive(using.table()),
          Hazards.ENUM_CONVERSION,
          Hazards.TYPE_REWRITE));
      if (column.defaultExpression() != null) {
        statements.add(Statement.of(
            alterTable(using.table()) + " ALTER COLUMN " + Sql.ident(column.name()) + " SET DEFAULT " + column.defaultExpression(),
            accessExclusive(using.table())));
      }
    }
    statements.add(Statement.of("DROP TYPE " + Sql.qualified(new QualifiedName(to.name().schema(), aside)), Lock.NONE));
    change.constraints().forEach(c -> statements.add(c.constraint().validated()
        ? Statement.of(alterTable(c.table()) + " ADD " + constraintClause(c.constraint()), accessExclusive(c.table()), Hazards.VALIDATION_SCAN)
        : Statement.of(alterTable(c.table()) + " ADD " + constraintClause(c.constraint()), accessExclusive(c.table()))));
    change.indexes().forEach(i -> statements.add(Statement.of(i.definition(), Lock.on(Lock.Mode.SHARE, i.table()), Hazards.INDEX_BUILD_BLOCKS_WRITES)));
    return List.copyOf(statements);
  }

  @Override
  public List<Statement> visit(CreateDomain change) {
    Domain domain = change.domain();
    StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(Sql.qualified(domain.name())).append(" AS ").append(domain.baseType());
    if (domain.collation() != null) {
      sql.append(" COLLATE ").append(Sql.qualified(domain.collation()));
    }
    if (domain.defaultExpression() != null) {
      sql.append(" DEFAULT ").append(domain.defaultExpression());
    }
    if (domain.notNull()) {
      sql.append(" NOT NULL");
    }
    domain.checks().stream().filter(Domain.Check::validated)
        .forEach(c -> sql.append(" CONSTRAINT ").append(Sql.ident(c.name())).append(' ').append(c.definition()));
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(sql.toString(), Lock.NONE));
    statements.addAll(notValidDomainChecks(domain));
    comment(statements, new CommentTarget(CommentTarget.Kind.DOMAIN, domain.name().schema(), domain.name().name(), null), domain.comment());
    return List.copyOf(statements);
  }

  @Override
  public List<Statement> visit(DropDomain change) {
    return List.of(Statement.of("DROP DOMAIN " + Sql.qualified(change.domain().name()), Lock.NONE));
  }

  /** Checks that change are dropped and added again; a new check or NOT NULL is validated against every column that uses the domain. */
  @Override
  public List<Statement> visit(AlterDomain change) {
    Domain from = change.from();
    Domain to = change.to();
    String alter = "ALTER DOMAIN " + Sql.qualified(to.name());
    List<Statement> statements = new ArrayList<>();
    for (Domain.Check check : from.checks()) {
      if (!to.checks().contains(check) && !validatedIn(check, to)) {
        statements.add(Statement.of(alter + " DROP CONSTRAINT " + Sql.ident(check.name()), Lock.NONE));
      }
    }
    if (!Objects.equals(from.defaultExpression(), to.defaultExpression())) {
      statements.add(Statement.of(alter + (to.defaultExpression() == null ? " DROP DEFAULT" : " SET DEFAULT " + to.defaultExpression()), Lock.NONE));
    }
    if (from.notNull() != to.notNull()) {
      statements.add(to.notNull()
          ? Statement.of(alter + " SET NOT NULL", Lock.NONE, Hazards.DOMAIN_VALIDATION)
          : Statement.of(alter + " DROP NOT NULL", Lock.NONE));
    }
    for (Domain.Check check : to.checks()) {
      if (from.checks().contains(check)) {
        continue;
      }
      if (validatedIn(from.checks().stream().filter(c -> c.name().equals(check.name())).findFirst().orElse(check), to)) {
        statements.add(Statement.of(
            alter + " VALIDATE CONSTRAINT " + Sql.ident(check.name()), Lock.NONE, Hazards.DOMAIN_VALIDATION, Hazards.VALIDATE_FAILS_ON_VIOLATIONS));
      } else if (check.validated()) {
        statements.add(Statement.of(alter + " ADD CONSTRAINT " + Sql.ident(check.name()) + " " + check.definition(), Lock.NONE, Hazards.DOMAIN_VALIDATION));
      } else {
        statements.add(addNotValidDomainCheck(to, check));
      }
    }
    return List.copyOf(statements);
  }

  /**
   * The definition is PostgreSQL's own {@code CREATE OR REPLACE} text. Bodies are not checked at creation
   * ({@code check_function_bodies = off}, as pg_dump does): a SQL function may read tables created later in
   * the same plan.
   */
  @Override
  public List<Statement> visit(CreateFunction change) {
    Function function = change.function();
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of("SET check_function_bodies = off", Lock.NONE));
    statements.add(Statement.of(function.definition().strip(), Lock.NONE));
    comment(statements, CommentTarget.of(function), function.comment());
    return List.copyOf(statements);
  }

  @Override
  public List<Statement> visit(DropFunction change) {
    Function function = change.function();
    String kind = switch (function.kind()) {
      case FUNCTION -> "FUNCTION";
      case PROCEDURE -> "PROCEDURE";
      case AGGREGATE -> "AGGREGATE";
    };
    return List.of(Statement.of(
        "DROP " + kind + " " + Sql.qualified(function.name()) + "(" + function.identity() + ")", Lock.NONE));
  }

  @Override
  public List<Statement> visit(ReplaceFunction change) {
    return List.of(Statement.of("SET check_function_bodies = off", Lock.NONE), Statement.of(change.to().definition().strip(), Lock.NONE));
  }

  static String createEnum(QualifiedName name, List<String> labels) {
    return "CREATE TYPE " + Sql.qualified(name) + " AS ENUM ("
        + String.join(", ", labels.stream().map(Sql::literal).toList()) + ")";
  }

  @Override
  public List<Statement> visit(CreateSequence change) {
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(createSequence(change.sequence()), Lock.NONE));
    if (change.sequence().ownedBy() != null) {
      statements.add(Statement.of(ownedBy(change.sequence()), Lock.NONE));
    }
    sequenceComment(statements, change.sequence());
    return List.copyOf(statements);
  }

  @Override
  public List<Statement> visit(DropSequence change) {
    return List.of(Statement.of("DROP SEQUENCE " + Sql.qualified(change.sequence().name()), Lock.NONE, Hazards.SEQUENCE_RESET));
  }

  @Override
  public List<Statement> visit(AlterSequence change) {
    Sequence from = change.from();
    Sequence to = change.to();
    List<Statement> statements = new ArrayList<>();
    if (!from.withoutOwner().equals(to.withoutOwner())) {
      String sequence = Sql.qualified(to.name());
      // ALTER SEQUENCE refuses new bounds that exclude the current value. A raised minimum moves a value
      // below it up to the minimum first (what an ascending sequence would reach anyway); so does a lowered
      // maximum for a descending sequence. An ascending sequence past a lowered maximum cannot be helped
      // without reusing values, so that one fails and says so.
      if (to.min() > from.min()) {
        statements.add(Statement.of(
            "SELECT pg_catalog.setval(" + Sql.literal(sequence) + ", " + to.min() + ", false) FROM " + sequence
                + " WHERE last_value < " + to.min(), Lock.NONE));
      }
      if (to.max() < from.max() && to.increment() < 0) {
        statements.add(Statement.of(
            "SELECT pg_catalog.setval(" + Sql.literal(sequence) + ", " + to.max() + ", false) FROM " + sequence
                + " WHERE last_value > " + to.max(), Lock.NONE));
      }
      statements.add(to.max() < from.max() && to.increment() > 0
          ? Statement.of("ALTER SEQUENCE " + sequence + sequenceOptions(to), Lock.NONE, Hazards.SEQUENCE_MAX_LOWERED)
          : Statement.of("ALTER SEQUENCE " + sequence + sequenceOptions(to), Lock.NONE));
    }
    if (!Objects.equals(from.ownedBy(), to.ownedBy())) {
      statements.add(Statement.of(ownedBy(to), Lock.NONE));
    }
    return List.copyOf(statements);
  }

  private static String createSequence(Sequence sequence) {
    return "CREATE SEQUENCE " + Sql.qualified(sequence.name()) + sequenceOptions(sequence);
  }

  private static String sequenceOptions(Sequence s) {
    return " AS " + s.dataType()
        + " INCREMENT BY " + s.increment()
        + " MINVALUE " + s.min()
        + " MAXVALUE " + s.max()
        + " START WITH " + s.start()
        + " CACHE " + s.cache()
        + (s.cycle() ? " CYCLE" : " NO CYCLE");
  }

  private static String ownedBy(Sequence sequence) {
    return RecipeSql.sequenceOwnedBy(sequence.name(), sequence.ownedBy()).sql();
  }

  @Override
  public List<Statement> visit(CreateTable change) {
    Table table = change.table();
    List<String> elements = new ArrayList<>();
    // columns it has from its parents only come with INHERITS
    table.columns().stream().filter(c -> table.declares(c.name())).forEach(c -> elements.add(columnDefinition(c)));
    table.constraints().stream().filter(Constraint::validated).forEach(c -> elements.add(constraintClause(c)));
    String sql =
        "CREATE " + (table.unlogged() ? "UNLOGGED " : "") + "TABLE " + Sql.qualified(table.name())
            + (elements.isEmpty() ? " ()" : " (\n    " + String.join(",\n    ", elements) + "\n)")
            + (table.parents().isEmpty()
                ? ""
                : " INHERITS (" + table.parents().stream().map(Sql::qualified).collect(Collectors.joining(", ")) + ")")
            + (table.partitionKey() == null ? "" : " PARTITION BY " + table.partitionKey())
            + (table.storageParameters().isEmpty() ? "" : " WITH (" + String.join(", ", table.storageParameters()) + ")");
    List<Statement> statements = new ArrayList<>();
    // A serial column's sequence must exist before the column default that calls nextval() on it.
    change.ownedSequences().forEach(s -> statements.add(Statement.of(createSequence(s), Lock.NONE)));
    Set<QualifiedName> referenced = new TreeSet<>();
    table.foreignKeys().stream().filter(ForeignKey::validated).forEach(fk -> referenced.add(fk.referencedTable()));
    referenced.remove(table.name());
    statements.add(Statement.of(sql, referenced.isEmpty() ? Lock.NONE : Lock.on(Lock.Mode.SHARE_ROW_EXCLUSIVE, referenced)));
    // The table is new and empty: its indexes build instantly and block nobody.
    table.indexes().forEach(i -> statements.add(Statement.of(i.definition(), Lock.NONE)));
    table.partitions().forEach(p -> statements.addAll(createPartition(table.name(), p)));
    statements.addAll(notValidConstraints(table));
    change.ownedSequences().forEach(s -> statements.add(Statement.of(ownedBy(s), Lock.NONE)));
    table.triggers().forEach(t -> statements.addAll(createTrigger(t)));
    tableComments(statements, table);
    change.ownedSequences().forEach(s -> sequenceComment(statements, s));
    return List.copyOf(statements);
  }

  @Override
  public List<Statement> visit(DropTable change) {
    QualifiedName name = change.table().name();
    return List.of(Statement.of("DROP TABLE " + Sql.qualified(name), accessExclusive(name), Hazards.DATA_LOSS_TABLE, Hazards.STRUCTURE_ONLY));
  }

  /**
   * {@code SET LOGGED} and {@code SET UNLOGGED} rewrite the table; storage parameters that went away are
   * {@code RESET} to their defaults, the others set.
   */
  @Override
  public List<Statement> visit(AlterTableStorage change) {
    QualifiedName table = change.table();
    List<Statement> statements = new ArrayList<>();
    if (change.fromUnlogged() != change.toUnlogged()) {
      statements.add(Statement.of(
          alterTable(table) + (change.toUnlogged() ? " SET UNLOGGED" : " SET LOGGED"), accessExclusive(table), Hazards.LOGGING_REWRITE));
    }
    List<String> removed =
        change.fromParameters().stream()
            .map(p -> p.substring(0, p.indexOf('=')))
            .filter(key -> change.toParameters().stream().noneMatch(p -> p.startsWith(key + "=")))
            .toList();
    if (!removed.isEmpty()) {
      statements.add(Statement.of(alterTable(table) + " RESET (" + String.join(", ", removed) + ")", accessExclusive(table)));
    }
    List<String> set = change.toParameters().stream().filter(p -> !change.fromParameters().contains(p)).toList();
    if (!set.isEmpty()) {
      statements.add(Statement.of(alterTable(table) + " SET (" + String.join(", ", set) + ")", accessExclusive(table)));
    }
    return List.copyOf(statements);
  }

  @Override
  public List<Statement> visit(AddColumn change) {
    Column column = change.column();
    String sql = alterTable(change.table()) + " ADD COLUMN " + columnDefinition(column);
    boolean rewrites = column.identity() != null || column.generatedExpression() != null || !change.ownedSequences().isEmpty();
    List<Statement> statements = new ArrayList<>();
    change.ownedSequences().forEach(s -> statements.add(Statement.of(createSequence(s), Lock.NONE)));
    statements.add(
        rewrites
            ? Statement.of(sql, accessExclusive(change.table()), Hazards.COLUMN_REWRITE)
            : Statement.of(sql, accessExclusive(change.table())));
    change.ownedSequences().forEach(s -> statements.add(Statement.of(ownedBy(s), Lock.NONE)));
    columnComment(statements, change.table(), column);
    change.ownedSequences().forEach(s -> sequenceComment(statements, s));
    return List.copyOf(statements);
  }

  @Override
  public List<Statement> visit(DropColumn change) {
    return List.of(
        Statement.of(
            alterTable(change.table()) + " DROP COLUMN " + Sql.ident(change.column().name()),
            accessExclusive(change.table()),
            Hazards.DATA_LOSS_COLUMN,
            Hazards.STRUCTURE_ONLY));
  }

  /**
   * Alters a column in steps whose order PostgreSQL requires: what goes away first (default, identity,
   * generation), then type and collation, then nullability (identity needs NOT NULL first), then what is
   * added. A regular column cannot become generated in place, so that one is dropped and added again.
   */
  @Override
  public List<Statement> visit(AlterColumn change) {
    Column from = change.from();
    Column to = change.to();
    QualifiedName table = change.table();
    Lock lock = accessExclusive(table);
    Set<ColumnAspect> aspects = change.aspects();
    String alter = alterTable(table) + " ALTER COLUMN " + Sql.ident(to.name());
    if (aspects.contains(ColumnAspect.GENERATED) && (from.generatedExpression() == null || to.generatedExpression() == null)) {
      List<Statement> statements = new ArrayList<>();
      statements.add(Statement.of(alterTable(table) + " DROP COLUMN " + Sql.ident(from.name()), lock, Hazards.DATA_LOSS_COLUMN, Hazards.STRUCTURE_ONLY));
      statements.add(Statement.of(alterTable(table) + " ADD COLUMN " + columnDefinition(to), lock, Hazards.COLUMN_REWRITE));
      columnComment(statements, table, to);
      return List.copyOf(statements);
    }
    List<Statement> statements = new ArrayList<>();
    // Triggers and generated columns that name this one go first and come back last.
    change.rebuiltTriggers().forEach(t -> statements.addAll(visit(new DropTrigger(t))));
    change.rebuiltGenerated().forEach(g -> statements.add(Statement.of(alterTable(table) + " DROP COLUMN " + Sql.ident(g.name()), lock)));
    boolean typeOrCollation = aspects.contains(ColumnAspect.TYPE) || aspects.contains(ColumnAspect.COLLATION);
    if (from.defaultExpression() != null && (aspects.contains(ColumnAspect.DEFAULT) || typeOrCollation)) {
      statements.add(Statement.of(alter + " DROP DEFAULT", lock));
    }
    if (from.identity() != null && to.identity() == null) {
      statements.add(Statement.of(alter + " DROP IDENTITY", lock));
    }
    if (typeOrCollation) {
      // COLLATE only when the collation is part of the change: a non-collatable type rejects it.
      String collate =
          to.collation() != null
              ? " COLLATE " + Sql.qualified(to.collation())
              : aspects.contains(ColumnAspect.COLLATION) ? " COLLATE pg_catalog.\"default\"" : "";
      String via = TypeChange.via(from.type(), to.type());
      String stated = change.conversion() == null ? null : change.conversion().expression();
      String using = !aspects.contains(ColumnAspect.TYPE)
          ? ""
          : stated != null
              ? " USING (" + stated + ")::" + to.type()
              : " USING " + Sql.ident(to.name()) + (via.isEmpty() ? "" : "::" + via) + "::" + to.type();
      boolean rewrite = aspects.contains(ColumnAspect.TYPE) && (stated != null || !TypeChange.withoutRewrite(from.type(), to.type()));
      statements.add(
          rewrite
              ? Statement.of(alter + " TYPE " + to.type() + collate + using, lock, Hazards.TYPE_REWRITE)
              : aspects.contains(ColumnAspect.COLLATION)
                  ? Statement.of(alter + " TYPE " + to.type() + collate + using, lock, Hazards.INDEX_REBUILD)
                  : Statement.of(alter + " TYPE " + to.type() + collate + using, lock));
    }
    if (from.notNull() != to.notNull()) {
      statements.add(
          to.notNull()
              ? Statement.of(alter + " SET NOT NULL", lock, Hazards.SET_NOT_NULL_SCAN)
              : Statement.of(alter + " DROP NOT NULL", lock));
    }
    if (from.generatedExpression() != null
        && to.generatedExpression() != null
        && !from.generatedExpression().equals(to.generatedExpression())) {
      statements.add(Statement.of(alter + " SET EXPRESSION AS (" + to.generatedExpression() + ")", lock, Hazards.COLUMN_REWRITE));
    }
    if (to.defaultExpression() != null && (aspects.contains(ColumnAspect.DEFAULT) || typeOrCollation)) {
      statements.add(Statement.of(alter + " SET DEFAULT " + to.defaultExpression(), lock));
    }
    if (to.identity() != null) {
      identityChange(alter, from.identity(), to.identity(), lock).ifPresent(statements::add);
    }
    for (Column generated : change.rebuiltGenerated()) {
      statements.add(Statement.of(alterTable(table) + " ADD COLUMN " + columnDefinition(generated), lock, Hazards.COLUMN_REWRITE));
      columnComment(statements, table, generated);
    }
    change.rebuiltTriggers().forEach(t -> statements.addAll(createTrigger(t)));
    return List.copyOf(statements);
  }

  private static Optional<Statement> identityChange(String alter, Identity from, Identity to, Lock lock) {
    if (from == null) {
      return Optional.of(
          Statement.of(alter + " ADD GENERATED " + to.generation().sql() + " AS IDENTITY " + identityOptions(to), lock, Hazards.COLUMN_REWRITE));
    }
    List<String> clauses = new ArrayList<>();
    if (from.generation() != to.generation()) {
      clauses.add("SET GENERATED " + to.generation().sql());
    }
    if (!from.sameSequenceOptions(to)) {
      clauses.add(
          "SET START WITH " + to.start()
              + " SET INCREMENT BY " + to.increment()
              + " SET MINVALUE " + to.min()
              + " SET MAXVALUE " + to.max()
              + " SET CACHE " + to.cache()
              + (to.cycle() ? " SET CYCLE" : " SET NO CYCLE"));
    }
    return clauses.isEmpty() ? Optional.empty() : Optional.of(Statement.of(alter + " " + String.join(" ", clauses), lock));
  }

  @Override
  public List<Statement> visit(AddConstraint change) {
    Constraint constraint = change.constraint();
    String sql = alterTable(change.table()) + " ADD " + constraintClause(constraint);
    List<Statement> statements = new ArrayList<>();
    Statement add = Statement.of(sql, addConstraintLock(change.table(), constraint));
    statements.add(constraint.validated() ? add.with(Hazards.VALIDATION_SCAN) : add);
    constraintComment(statements, change.table(), constraint);
    return List.copyOf(statements);
  }

  /** @return what {@code ADD CONSTRAINT} locks: both tables of a foreign key against writes, any other table entirely */
  static Lock addConstraintLock(QualifiedName table, Constraint constraint) {
    if (constraint instanceof ForeignKey fk) {
      return Lock.on(Lock.Mode.SHARE_ROW_EXCLUSIVE, new TreeSet<>(List.of(table, fk.referencedTable())));
    }
    return accessExclusive(table);
  }

  /**
   * @return what {@code DROP CONSTRAINT} locks: the table entirely, and for a foreign key the table it references too,
   *     whose triggers it drops (measured on PostgreSQL 15 and 18: ACCESS EXCLUSIVE on both)
   */
  static Lock dropConstraintLock(QualifiedName table, Constraint constraint) {
    if (constraint instanceof ForeignKey fk && !fk.referencedTable().equals(table)) {
      return Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, new TreeSet<>(List.of(table, fk.referencedTable())));
    }
    return accessExclusive(table);
  }

  @Override
  public List<Statement> visit(DropConstraint change) {
    return List.of(RecipeSql.dropConstraint(change.table(), change.constraint().name(), change.constraint()));
  }

  @Override
  public List<Statement> visit(CreateIndex change) {
    Index index = change.index();
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(index.definition(), Lock.on(Lock.Mode.SHARE, index.table()), Hazards.INDEX_BUILD_BLOCKS_WRITES));
    indexComment(statements, index);
    return List.copyOf(statements);
  }

  /** A rule is created under an {@code ACCESS EXCLUSIVE} lock on its table, held only for the catalog update. */
  @Override
  public List<Statement> visit(CreateRule change) {
    return createRule(change.rule(), accessExclusive(change.rule().relation()));
  }

  @Override
  public List<Statement> visit(DropRule change) {
    Rule rule = change.rule();
    return List.of(Statement.of("DROP RULE " + Sql.ident(rule.name()) + " ON " + Sql.qualified(rule.relation()),
        accessExclusive(rule.relation())));
  }

  /** {@code CREATE OR REPLACE RULE}, under the same lock as a creation; then the comment, when it changes. */
  @Override
  public List<Statement> visit(ReplaceRule change) {
    Rule rule = change.to();
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(rule.definition().replaceFirst("^CREATE RULE ", "CREATE OR REPLACE RULE "),
        accessExclusive(rule.relation())));
    if (!java.util.Objects.equals(change.from().comment(), rule.comment())) {
      statements.add(commentStatement(
          new CommentTarget(CommentTarget.Kind.RULE, rule.relation().schema(), rule.relation().name(), rule.name()), rule.comment()));
    }
    return statements;
  }

  private static List<Statement> createRule(Rule rule, Lock lock) {
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(rule.definition(), lock));
    comment(statements, new CommentTarget(CommentTarget.Kind.RULE, rule.relation().schema(), rule.relation().name(), rule.name()),
        rule.comment());
    return statements;
  }

  @Override
  public List<Statement> visit(CreateTrigger change) {
    return createTrigger(change.trigger());
  }

  /** {@code ENABLE}, {@code DISABLE}, {@code ENABLE REPLICA} or {@code ENABLE ALWAYS TRIGGER}, under a SHARE ROW EXCLUSIVE lock. */
  private static Statement triggerState(Trigger trigger) {
    String state =
        switch (trigger.enabled()) {
          case 'D' -> " DISABLE TRIGGER ";
          case 'R' -> " ENABLE REPLICA TRIGGER ";
          case 'A' -> " ENABLE ALWAYS TRIGGER ";
          default -> " ENABLE TRIGGER ";
        };
    return Statement.of(alterTable(trigger.table()) + state + Sql.ident(trigger.name()), Lock.on(Lock.Mode.SHARE_ROW_EXCLUSIVE, trigger.table()));
  }

  @Override
  public List<Statement> visit(AlterTriggerState change) {
    return List.of(triggerState(change.to()));
  }

  @Override
  public List<Statement> visit(DropTrigger change) {
    Trigger trigger = change.trigger();
    return List.of(Statement.of(
        "DROP TRIGGER " + Sql.ident(trigger.name()) + " ON " + Sql.qualified(trigger.table()), accessExclusive(trigger.table())));
  }

  /** The definition is PostgreSQL's own; a trigger that is not plainly enabled gets its state after it. */
  private static List<Statement> createTrigger(Trigger trigger) {
    Lock lock = Lock.on(Lock.Mode.SHARE_ROW_EXCLUSIVE, trigger.table());
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(trigger.definition(), lock));
    if (trigger.enabled() != 'O') {
      statements.add(triggerState(trigger));
    }
    comment(
        statements,
        new CommentTarget(CommentTarget.Kind.TRIGGER, trigger.table().schema(), trigger.table().name(), trigger.name()),
        trigger.comment());
    return List.copyOf(statements);
  }

  @Override
  public List<Statement> visit(DropIndex change) {
    Index index = change.index();
    return List.of(Statement.of("DROP INDEX " + Sql.qualified(index.qualifiedName()), accessExclusive(index.table())));
  }

  @Override
  public List<Statement> visit(CreateView change) {
    return createView(change.view());
  }

  @Override
  public List<Statement> visit(DropView change) {
    return List.of(dropView(change.view()));
  }

  /** Options that went away are reset: {@code CREATE OR REPLACE VIEW} replaces the whole option list. */
  @Override
  public List<Statement> visit(ReplaceView change) {
    View view = change.to();
    return List.of(
        Statement.of(
            "CREATE OR REPLACE VIEW " + Sql.qualified(view.name()) + viewOptions(view) + " AS\n" + view.definition(),
            accessExclusive(view.name())));
  }

  @Override
  public List<Statement> visit(RebuildViews change) {
    List<Statement> statements = new ArrayList<>();
    List<View> dropped = new ArrayList<>(change.dropped());
    Collections.reverse(dropped);
    dropped.forEach(v -> statements.add(dropView(v)));
    change.changes().forEach(c -> statements.addAll(render(c)));
    change.created().forEach(v -> statements.addAll(createView(v)));
    return List.copyOf(statements);
  }

  /** @return {@code CREATE [MATERIALIZED] VIEW} of the view, with its comments, indexes, triggers and rules */
  public static List<Statement> createView(View view) {
    List<Statement> statements = new ArrayList<>();
    String name = Sql.qualified(view.name());
    if (view.materialized()) {
      statements.add(Statement.of(
          "CREATE MATERIALIZED VIEW " + name + viewOptions(view) + " AS\n" + view.definition() + "\nWITH DATA", Lock.NONE, Hazards.MATERIALIZED_VIEW_FILL));
      view.indexes().forEach(i -> statements.add(Statement.of(i.definition(), Lock.NONE)));
    } else {
      statements.add(Statement.of("CREATE VIEW " + name + viewOptions(view) + " AS\n" + view.definition(), Lock.NONE));
    }
    CommentTarget.Kind kind = view.materialized() ? CommentTarget.Kind.MATERIALIZED_VIEW : CommentTarget.Kind.VIEW;
    comment(statements, new CommentTarget(kind, view.name().schema(), view.name().name(), null), view.comment());
    for (Attribute column : view.columns()) {
      comment(
          statements,
          new CommentTarget(CommentTarget.Kind.COLUMN, view.name().schema(), view.name().name(), column.name()),
          column.comment());
    }
    view.indexes().forEach(i -> indexComment(statements, i));
    view.triggers().forEach(t -> statements.addAll(createTrigger(t)));
    for (Rule rule : view.rules()) {
      statements.addAll(createRule(rule, Lock.NONE));
    }
    return statements;
  }

  /** @return {@code DROP [MATERIALIZED] VIEW} of the view */
  public static Statement dropView(View view) {
    return Statement.of(
        (view.materialized() ? "DROP MATERIALIZED VIEW " : "DROP VIEW ") + Sql.qualified(view.name()), accessExclusive(view.name()));
  }

  private static String viewOptions(View view) {
    return view.options().isEmpty() ? "" : " WITH (" + String.join(", ", view.options()) + ")";
  }

  @Override
  public List<Statement> visit(CreateCompositeType change) {
    CompositeType type = change.type();
    List<String> attributes = type.attributes().stream().map(DdlRenderer::attributeDefinition).toList();
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(
        "CREATE TYPE " + Sql.qualified(type.name()) + " AS (\n    " + String.join(",\n    ", attributes) + "\n)", Lock.NONE));
    comment(statements, new CommentTarget(CommentTarget.Kind.TYPE, type.name().schema(), type.name().name(), null), type.comment());
    type.attributes().forEach(a -> attributeComment(statements, type, a));
    return List.copyOf(statements);
  }

  /** The multirange's name is always spelled out, so that it is the declared one whatever PostgreSQL would derive. */
  @Override
  public List<Statement> visit(CreateRangeType change) {
    RangeType type = change.type();
    List<String> options = new ArrayList<>();
    options.add("subtype = " + type.subtype());
    if (type.subtypeOpclass() != null) {
      options.add("subtype_opclass = " + Sql.qualified(type.subtypeOpclass()));
    }
    if (type.collation() != null) {
      options.add("collation = " + Sql.qualified(type.collation()));
    }
    if (type.canonical() != null) {
      options.add("canonical = " + Sql.qualified(type.canonical()));
    }
    if (type.subtypeDiff() != null) {
      options.add("subtype_diff = " + Sql.qualified(type.subtypeDiff()));
    }
    options.add("multirange_type_name = " + Sql.qualified(type.multirange()));
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of("CREATE TYPE " + Sql.qualified(type.name()) + " AS RANGE (" + String.join(", ", options) + ")", Lock.NONE));
    comment(statements, new CommentTarget(CommentTarget.Kind.TYPE, type.name().schema(), type.name().name(), null), type.comment());
    return List.copyOf(statements);
  }

  @Override
  public List<Statement> visit(DropRangeType change) {
    return List.of(Statement.of("DROP TYPE " + Sql.qualified(change.type().name()), Lock.NONE));
  }

  @Override
  public List<Statement> visit(DropCompositeType change) {
    return List.of(Statement.of("DROP TYPE " + Sql.qualified(change.type().name()), Lock.NONE));
  }

  /** Removed attributes go first, then retyped ones change in place, then new ones are appended. */
  @Override
  public List<Statement> visit(AlterCompositeType change) {
    CompositeType from = change.from();
    CompositeType to = change.to();
    String alter = "ALTER TYPE " + Sql.qualified(to.name());
    List<Statement> statements = new ArrayList<>();
    for (Attribute attribute : from.attributes()) {
      if (to.attribute(attribute.name()).isEmpty()) {
        statements.add(Statement.of(alter + " DROP ATTRIBUTE " + Sql.ident(attribute.name()), Lock.NONE, Hazards.DATA_LOSS_COLUMN, Hazards.STRUCTURE_ONLY));
      }
    }
    for (Attribute attribute : to.attributes()) {
      from.attribute(attribute.name())
          .filter(old -> !old.withComment(null).equals(attribute.withComment(null)))
          .ifPresent(old -> statements.add(Statement.of(
              alter + " ALTER ATTRIBUTE " + Sql.ident(attribute.name()) + " TYPE " + attribute.type() + collate(attribute), Lock.NONE)));
    }
    for (Attribute attribute : to.attributes()) {
      if (from.attribute(attribute.name()).isEmpty()) {
        statements.add(Statement.of(alter + " ADD ATTRIBUTE " + attributeDefinition(attribute), Lock.NONE));
        attributeComment(statements, to, attribute);
      }
    }
    return List.copyOf(statements);
  }

  private static String attributeDefinition(Attribute attribute) {
    return Sql.ident(attribute.name()) + " " + attribute.type() + collate(attribute);
  }

  private static String collate(Attribute attribute) {
    return attribute.collation() == null ? "" : " COLLATE " + Sql.qualified(attribute.collation());
  }

  private static void attributeComment(List<Statement> statements, CompositeType type, Attribute attribute) {
    comment(
        statements,
        new CommentTarget(CommentTarget.Kind.COLUMN, type.name().schema(), type.name().name(), attribute.name()),
        attribute.comment());
  }

  @Override
  public List<Statement> visit(CreatePartition change) {
    return createPartition(change.table(), change.partition());
  }

  @Override
  public List<Statement> visit(DropPartition change) {
    QualifiedName partition = change.partition().name();
    return List.of(
        Statement.of(alterTable(change.table()) + " DETACH PARTITION " + Sql.qualified(partition), accessExclusive(change.table())),
        Statement.of("DROP TABLE " + Sql.qualified(partition), accessExclusive(partition), Hazards.DATA_LOSS_TABLE, Hazards.STRUCTURE_ONLY));
  }

  @Override
  public List<Statement> visit(AlterPartitionBound change) {
    QualifiedName partition = change.to().name();
    return List.of(
        Statement.of(alterTable(change.table()) + " DETACH PARTITION " + Sql.qualified(partition), accessExclusive(change.table())),
        Statement.of(
            alterTable(change.table()) + " ATTACH PARTITION " + Sql.qualified(partition) + " " + change.to().bound(),
            Lock.on(Lock.Mode.SHARE_UPDATE_EXCLUSIVE, change.table()).and(Lock.Mode.ACCESS_EXCLUSIVE, partition),
            Hazards.PARTITION_SCAN));
  }

  /**
   * A new partition of a table with a default partition makes PostgreSQL scan the default one. A partition partitioned
   * again comes with its own partitions, created after what it has of its own (they take its indexes, keys and
   * triggers as they are attached).
   */
  private static List<Statement> createPartition(QualifiedName table, Partition partition) {
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(
        "CREATE TABLE " + Sql.qualified(partition.name()) + " PARTITION OF " + Sql.qualified(table) + " " + partition.bound()
            + (partition.partitionKey() == null ? "" : " PARTITION BY " + partition.partitionKey()),
        accessExclusive(table)));
    comment(statements, new CommentTarget(CommentTarget.Kind.TABLE, partition.name().schema(), partition.name().name(), null), partition.comment());
    // what it has of its own; it is new and empty, so they build at once and block nobody
    for (Constraint constraint : partition.constraints()) {
      statements.add(Statement.of(
          alterTable(partition.name()) + " ADD " + constraintClause(constraint), addConstraintLock(partition.name(), constraint)));
      constraintComment(statements, partition.name(), constraint);
    }
    for (Index index : partition.indexes()) {
      statements.add(Statement.of(index.definition(), Lock.NONE));
      indexComment(statements, index);
    }
    partition.triggers().forEach(t -> statements.addAll(createTrigger(t)));
    partition.partitions().forEach(p -> statements.addAll(createPartition(partition.name(), p)));
    return statements;
  }

  @Override
  public List<Statement> visit(RenameTable change) {
    List<Statement> statements = new ArrayList<>();
    statements.add(renameTable(change.from(), change.to()).with(Hazards.RENAME_INCOMPATIBLE));
    statements.addAll(attachedRenames(change.renamed(), change.attached()));
    statements.add(Statement.of(notNullRenames(change.renamed(), change.from().name(), null, null), Lock.NONE));
    return List.copyOf(statements);
  }

  /** @return {@code ALTER TABLE from RENAME TO to}, without hazards */
  public static Statement renameTable(QualifiedName from, String to) {
    return Statement.of(alterTable(from) + " RENAME TO " + Sql.ident(to), accessExclusive(from));
  }

  @Override
  public List<Statement> visit(RenameColumn change) {
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(
        alterTable(change.table()) + " RENAME COLUMN " + Sql.ident(change.from()) + " TO " + Sql.ident(change.to()),
        accessExclusive(change.table()), Hazards.RENAME_INCOMPATIBLE));
    statements.addAll(attachedRenames(change.table(), change.attached()));
    statements.add(Statement.of(notNullRenames(change.table(), change.table().name(), change.from(), change.to()), Lock.NONE));
    return List.copyOf(statements);
  }

  /**
   * PostgreSQL 18 keeps NOT NULL constraints in the catalog, named {@code <table>_<column>_not_null}, and a rename
   * leaves those names behind. This renames the ones named after the old table or column to what a fresh build would
   * name them; before 18 there are none, and it does nothing. Where the name would pass 63 bytes PostgreSQL cuts the
   * longer of table and column name first, a byte at a time, and never inside a character; the block does the same
   * on both sides, so that long names are found and renamed as a fresh build names them.
   *
   * @param table the table, by its new name
   * @param oldTable the table's old name (the same when a column is renamed)
   * @param oldColumn the column's old name, or null when the table is renamed
   * @param newColumn the column's new name, or null
   */
  private static String notNullRenames(QualifiedName table, String oldTable, String oldColumn, String newColumn) {
    String before = "ARRAY[" + Sql.literal(oldTable) + ", " + (oldColumn == null ? "nn.attname" : Sql.literal(oldColumn)) + "]";
    String after = "ARRAY[" + Sql.literal(table.name()) + ", nn.attname]";
    return "DO " + Sql.dollarQuoted("\n"
        + "DECLARE\n"
        + "  nn record;\n"
        + "  part text[];\n"
        + "  names text[];\n"
        + "  n1 int;\n"
        + "  n2 int;\n"
        + "BEGIN\n"
        + "  FOR nn IN\n"
        + "    SELECT n.conname, a.attname FROM pg_catalog.pg_constraint n\n"
        + "    JOIN pg_catalog.pg_attribute a ON a.attrelid = n.conrelid AND a.attnum = n.conkey[1]\n"
        + "    WHERE n.conrelid = " + Sql.literal(Sql.qualified(table)) + "::regclass AND n.contype = 'n'"
        + (newColumn == null ? "" : " AND a.attname = " + Sql.literal(newColumn)) + "\n"
        + "  LOOP\n"
        + "    -- <table>_<column>_not_null before and after, cut to 63 bytes as PostgreSQL cuts it\n"
        + "    names := '{}';\n"
        + "    FOREACH part SLICE 1 IN ARRAY ARRAY[" + before + ", " + after + "] LOOP\n"
        + "      n1 := octet_length(part[1]);\n"
        + "      n2 := octet_length(part[2]);\n"
        + "      WHILE n1 + n2 > 53 LOOP\n"
        + "        IF n1 > n2 THEN n1 := n1 - 1; ELSE n2 := n2 - 1; END IF;\n"
        + "      END LOOP;\n"
        + "      WHILE octet_length(part[1]) > n1 LOOP part[1] := left(part[1], -1); END LOOP;\n"
        + "      WHILE octet_length(part[2]) > n2 LOOP part[2] := left(part[2], -1); END LOOP;\n"
        + "      names := names || (part[1] || '_' || part[2] || '_not_null');\n"
        + "    END LOOP;\n"
        + "    IF nn.conname = names[1] AND names[1] <> names[2] THEN\n"
        + "      EXECUTE format('ALTER TABLE " + Sql.qualified(table).replace("'", "''").replace("%", "%%")
        + " RENAME CONSTRAINT %I TO %I', nn.conname, names[2]);\n"
        + "    END IF;\n"
        + "  END LOOP;\n"
        + "END\n");
  }

  /** @return the statements renaming constraints, indexes and sequences of {@code table} */
  public static List<Statement> attachedRenames(QualifiedName table, List<AttachedRename> renames) {
    List<Statement> statements = new ArrayList<>();
    for (AttachedRename rename : renames) {
      String sql =
          switch (rename.kind()) {
            case CONSTRAINT -> alterTable(table) + " RENAME CONSTRAINT " + Sql.ident(rename.from()) + " TO " + Sql.ident(rename.to());
            case INDEX -> "ALTER INDEX " + Sql.qualified(new QualifiedName(table.schema(), rename.from())) + " RENAME TO " + Sql.ident(rename.to());
            case SEQUENCE -> "ALTER SEQUENCE " + Sql.qualified(new QualifiedName(table.schema(), rename.from())) + " RENAME TO " + Sql.ident(rename.to());
          };
      statements.add(Statement.of(sql, accessExclusive(table)));
    }
    return statements;
  }

  @Override
  public List<Statement> visit(RenameEnumValue change) {
    return List.of(Statement.of(
        "ALTER TYPE " + Sql.qualified(change.type()) + " RENAME VALUE " + Sql.literal(change.from()) + " TO " + Sql.literal(change.to()), Lock.NONE));
  }

  /** {@code CREATE POLICY} with every clause spelled out, then its comment. */
  @Override
  public List<Statement> visit(CreatePolicy change) {
    Policy policy = change.policy();
    StringBuilder sql =
        new StringBuilder("CREATE POLICY ").append(Sql.ident(policy.name())).append(" ON ").append(Sql.qualified(policy.table()))
            .append(policy.permissive() ? " AS PERMISSIVE" : " AS RESTRICTIVE")
            .append(" FOR ").append(policy.command())
            .append(" TO ").append(roles(policy.roles()));
    if (policy.using() != null) {
      sql.append(" USING (").append(policy.using()).append(')');
    }
    if (policy.withCheck() != null) {
      sql.append(" WITH CHECK (").append(policy.withCheck()).append(')');
    }
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(sql.toString(), accessExclusive(policy.table())));
    comment(
        statements,
        new CommentTarget(CommentTarget.Kind.POLICY, policy.table().schema(), policy.table().name(), policy.name()),
        policy.comment());
    return List.copyOf(statements);
  }

  @Override
  public List<Statement> visit(DropPolicy change) {
    Policy policy = change.policy();
    return List.of(Statement.of(
        "DROP POLICY " + Sql.ident(policy.name()) + " ON " + Sql.qualified(policy.table()), accessExclusive(policy.table())));
  }

  /** {@code ALTER POLICY} with only the clauses that change. */
  @Override
  public List<Statement> visit(AlterPolicy change) {
    Policy from = change.from();
    Policy to = change.to();
    StringBuilder sql = new StringBuilder("ALTER POLICY ").append(Sql.ident(to.name())).append(" ON ").append(Sql.qualified(to.table()));
    if (!from.roles().equals(to.roles())) {
      sql.append(" TO ").append(roles(to.roles()));
    }
    if (!Objects.equals(from.using(), to.using())) {
      sql.append(" USING (").append(to.using()).append(')');
    }
    if (!Objects.equals(from.withCheck(), to.withCheck())) {
      sql.append(" WITH CHECK (").append(to.withCheck()).append(')');
    }
    return List.of(Statement.of(sql.toString(), accessExclusive(to.table())));
  }

  /** One statement per flag that changes: {@code ENABLE}/{@code DISABLE}, then {@code FORCE}/{@code NO FORCE}. */
  @Override
  public List<Statement> visit(AlterRowSecurity change) {
    RowSecurity from = change.from();
    RowSecurity to = change.to();
    String alter = alterTable(to.table());
    Lock lock = accessExclusive(to.table());
    List<Statement> statements = new ArrayList<>();
    if (from.enabled() != to.enabled()) {
      statements.add(to.enabled()
          ? Statement.of(alter + " ENABLE ROW LEVEL SECURITY", lock, Hazards.ROW_SECURITY_ON)
          : Statement.of(alter + " DISABLE ROW LEVEL SECURITY", lock, Hazards.ROW_SECURITY_OFF));
    }
    if (from.forced() != to.forced()) {
      statements.add(to.forced()
          ? Statement.of(alter + " FORCE ROW LEVEL SECURITY", lock, Hazards.ROW_SECURITY_ON)
          : Statement.of(alter + " NO FORCE ROW LEVEL SECURITY", lock, Hazards.ROW_SECURITY_OFF));
    }
    return List.copyOf(statements);
  }

  @Override
  public List<Statement> visit(GrantPrivilege change) {
    return List.of(Statement.of(
        defaultsOf(change.target()) + "GRANT " + privilegeOn(change.privilege(), change.target()) + " TO "
            + grantee(change.grantee()) + (change.withGrantOption() ? " WITH GRANT OPTION" : ""), Lock.NONE));
  }

  /** A default privilege revoked takes nothing from any object that exists: no hazard. */
  @Override
  public List<Statement> visit(RevokePrivilege change) {
    String sql = defaultsOf(change.target()) + "REVOKE " + privilegeOn(change.privilege(), change.target()) + " FROM "
        + grantee(change.grantee());
    return List.of(change.target().kind().defaults()
        ? Statement.of(sql, Lock.NONE)
        : Statement.of(sql, Lock.NONE, Hazards.PRIVILEGE_REVOKED));
  }

  /**
   * @return for default privileges, {@code ALTER DEFAULT PRIVILEGES [FOR ROLE r] [IN SCHEMA s] } (without {@code FOR
   *     ROLE} they are the migrating role's); empty for the privileges of an object
   */
  private static String defaultsOf(PrivilegeTarget target) {
    if (!target.kind().defaults()) {
      return "";
    }
    return "ALTER DEFAULT PRIVILEGES " + (target.role() == null ? "" : "FOR ROLE " + Sql.ident(target.role()) + " ")
        + (target.schema() == null ? "" : "IN SCHEMA " + Sql.ident(target.schema()) + " ");
  }

  /**
   * {@code ALTER <kind> <object> OWNER TO <role>}; the role that runs the migration is {@code CURRENT_USER}. A
   * relation's owner changes under an {@code ACCESS EXCLUSIVE} lock, held only for the catalog update.
   */
  @Override
  public List<Statement> visit(AlterOwner change) {
    Ownership.Target target = change.target();
    String object = switch (target.kind()) {
      case SCHEMA -> Sql.ident(target.schema());
      case FUNCTION, PROCEDURE -> Sql.qualified(target.qualifiedName()) + "(" + target.arguments() + ")";
      default -> Sql.qualified(target.qualifiedName());
    };
    Lock lock = switch (target.kind()) {
      case TABLE, VIEW, MATERIALIZED_VIEW, SEQUENCE -> Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, target.qualifiedName());
      default -> Lock.NONE;
    };
    String role = change.owner() == null ? "CURRENT_USER" : Sql.ident(change.owner());
    return List.of(Statement.of("ALTER " + target.kind().keyword() + " " + object + " OWNER TO " + role, lock));
  }

  /** @return {@code SELECT (column) ON TABLE …}, {@code EXECUTE ON ROUTINE …(types)}, … */
  private static String privilegeOn(String privilege, PrivilegeTarget target) {
    return switch (target.kind()) {
      case SCHEMA -> privilege + " ON SCHEMA " + Sql.ident(target.schema());
      case TABLE -> privilege + " ON TABLE " + Sql.qualified(target.qualifiedName());
      case COLUMN -> privilege + " (" + Sql.ident(target.column()) + ") ON TABLE " + Sql.qualified(target.qualifiedName());
      case SEQUENCE -> privilege + " ON SEQUENCE " + Sql.qualified(target.qualifiedName());
      case FUNCTION -> privilege + " ON ROUTINE " + Sql.qualified(target.qualifiedName()) + "(" + target.arguments() + ")";
      case DEFAULT_TABLES, DEFAULT_SEQUENCES, DEFAULT_FUNCTIONS, DEFAULT_TYPES, DEFAULT_SCHEMAS ->
          privilege + " ON " + target.kind().objects();
    };
  }

  private static String roles(List<String> roles) {
    return String.join(", ", roles.stream().map(DdlRenderer::grantee).toList());
  }

  private static String grantee(String role) {
    return Policy.PUBLIC.equals(role) ? "PUBLIC" : Sql.ident(role);
  }

  /** @return the column as it appears in {@code CREATE TABLE} or {@code ADD COLUMN} */
  static String columnDefinition(Column column) {
    StringBuilder sql = new StringBuilder(Sql.ident(column.name())).append(' ').append(column.type());
    if (column.collation() != null) {
      sql.append(" COLLATE ").append(Sql.qualified(column.collation()));
    }
    if (column.identity() != null) {
      sql.append(" GENERATED ").append(column.identity().generation().sql()).append(" AS IDENTITY ")
          .append(identityOptions(column.identity()));
    }
    if (column.generatedExpression() != null) {
      sql.append(" GENERATED ALWAYS AS (").append(column.generatedExpression()).append(") STORED");
    }
    if (column.defaultExpression() != null) {
      sql.append(" DEFAULT ").append(column.defaultExpression());
    }
    if (column.notNull()) {
      sql.append(" NOT NULL");
    }
    return sql.toString();
  }

  private static String identityOptions(Identity identity) {
    return "(START WITH " + identity.start()
        + " INCREMENT BY " + identity.increment()
        + " MINVALUE " + identity.min()
        + " MAXVALUE " + identity.max()
        + " CACHE " + identity.cache()
        + (identity.cycle() ? " CYCLE" : " NO CYCLE")
        + ")";
  }

  /** @return {@code CONSTRAINT name definition}, and {@code NOT VALID} after it for a constraint not validated */
  static String constraintClause(Constraint constraint) {
    return "CONSTRAINT " + Sql.ident(constraint.name()) + " " + constraint.definition() + (constraint.validated() ? "" : " NOT VALID");
  }

  static String alterTable(QualifiedName table) {
    return "ALTER TABLE " + Sql.qualified(Objects.requireNonNull(table));
  }

  static Lock accessExclusive(QualifiedName table) {
    return Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, table);
  }

  /**
   * @return the {@code ALTER TABLE … ADD CONSTRAINT … NOT VALID} of a new table's constraints that are not validated:
   *     {@code CREATE TABLE} cannot hold them (PostgreSQL validates a constraint declared there, the table being empty),
   *     so they are added after it, as pg_dump does
   */
  private static List<Statement> notValidConstraints(Table table) {
    return table.constraints().stream()
        .filter(c -> !c.validated())
        .map(c -> Statement.of(alterTable(table.name()) + " ADD " + constraintClause(c), addConstraintLock(table.name(), c)))
        .toList();
  }

  /** @return the {@code ALTER DOMAIN … ADD CONSTRAINT … NOT VALID} of a new domain's checks that are not validated */
  private static List<Statement> notValidDomainChecks(Domain domain) {
    return domain.checks().stream().filter(c -> !c.validated()).map(c -> addNotValidDomainCheck(domain, c)).toList();
  }

  /** @return {@code ALTER DOMAIN … ADD CONSTRAINT … NOT VALID}: {@code CREATE DOMAIN} has no {@code NOT VALID}; no value is checked */
  private static Statement addNotValidDomainCheck(Domain domain, Domain.Check check) {
    return Statement.of(
        "ALTER DOMAIN " + Sql.qualified(domain.name()) + " ADD CONSTRAINT " + Sql.ident(check.name()) + " " + check.definition() + " NOT VALID",
        Lock.NONE);
  }

  /** @return whether {@code check}, {@code NOT VALID}, is the same check validated in {@code domain}: {@code VALIDATE CONSTRAINT} */
  private static boolean validatedIn(Domain.Check check, Domain domain) {
    return !check.validated() && domain.checks().contains(new Domain.Check(check.name(), check.definition(), true));
  }

  /**
   * A check or foreign key that changes its validity only. To validated: {@code VALIDATE CONSTRAINT} scans the rows
   * under {@code SHARE UPDATE EXCLUSIVE} while reads and writes go on, and fails on a row that breaks the constraint. To
   * {@code NOT VALID}: PostgreSQL cannot un-validate a constraint, so it is dropped and added back {@code NOT VALID} in
   * one transaction (a brief lock, no scan). A comment that changes with it is set too.
   */
  @Override
  public List<Statement> visit(AlterConstraintValidity change) {
    QualifiedName table = change.table();
    Constraint to = change.to();
    List<Statement> statements = new ArrayList<>();
    if (change.validates()) {
      statements.add(RecipeSql.validateConstraint(table, to).with(Hazards.VALIDATE_SCAN, Hazards.VALIDATE_FAILS_ON_VIOLATIONS));
      if (!Objects.equals(change.from().comment(), to.comment())) {
        comment(statements, new CommentTarget(CommentTarget.Kind.CONSTRAINT, table.schema(), table.name(), to.name()), to.comment());
      }
    } else {
      statements.add(RecipeSql.dropConstraint(table, to.name(), to));
      statements.add(Statement.of(alterTable(table) + " ADD " + constraintClause(to), addConstraintLock(table, to)));
      constraintComment(statements, table, to);
    }
    return List.copyOf(statements);
  }

  /**
   * {@code REPLICA IDENTITY}: a catalog change, but under the table's ACCESS EXCLUSIVE lock (PostgreSQL takes it for
   * every form of {@code ALTER TABLE} not listed with a weaker one), held only for the update of the catalog.
   */
  @Override
  public List<Statement> visit(AlterReplicaIdentity change) {
    String sql = alterTable(change.table()) + " " + replicaIdentity(change.to());
    return change.to().kind() == dev.dovetail.core.model.ReplicaIdentity.Kind.NOTHING
        ? List.of(Statement.of(sql, accessExclusive(change.table()), Hazards.REPLICA_IDENTITY_NOTHING))
        : List.of(Statement.of(sql, accessExclusive(change.table())));
  }

  /**
   * {@code INHERIT} takes SHARE UPDATE EXCLUSIVE on the parent, {@code NO INHERIT} ACCESS SHARE; both ACCESS EXCLUSIVE
   * on the child. The parent's checks the child lacks are added first ({@code INHERIT} requires them) and dropped
   * after {@code NO INHERIT} (which leaves them behind as the child's own).
   */
  @Override
  public List<Statement> visit(AlterInheritance change) {
    QualifiedName table = change.table();
    List<Statement> statements = new ArrayList<>();
    if (change.inherit()) {
      change.checks().forEach(c -> statements.add(
          Statement.of(alterTable(table) + " ADD " + constraintClause(c), accessExclusive(table), Hazards.VALIDATION_SCAN)));
      statements.add(Statement.of(
          alterTable(table) + " INHERIT " + Sql.qualified(change.parent()),
          accessExclusive(table).and(Lock.Mode.SHARE_UPDATE_EXCLUSIVE, change.parent()), Hazards.INHERITED_ROWS));
    } else {
      statements.add(Statement.of(
          alterTable(table) + " NO INHERIT " + Sql.qualified(change.parent()),
          accessExclusive(table).and(Lock.Mode.ACCESS_SHARE, change.parent()), Hazards.INHERITED_ROWS));
      change.checks().forEach(c -> statements.add(
          Statement.of(alterTable(table) + " DROP CONSTRAINT " + Sql.ident(c.name()), accessExclusive(table))));
    }
    return List.copyOf(statements);
  }

  /** @return the {@code REPLICA IDENTITY …} clause of {@code identity} */
  static String replicaIdentity(dev.dovetail.core.model.ReplicaIdentity identity) {
    return switch (identity.kind()) {
      case DEFAULT -> "REPLICA IDENTITY DEFAULT";
      case FULL -> "REPLICA IDENTITY FULL";
      case NOTHING -> "REPLICA IDENTITY NOTHING";
      case INDEX -> "REPLICA IDENTITY USING INDEX " + Sql.ident(identity.index());
    };
  }

  /** {@code CLUSTER ON} and {@code SET WITHOUT CLUSTER} mark an index in the catalog (SHARE UPDATE EXCLUSIVE); nothing is reordered. */
  @Override
  public List<Statement> visit(AlterClusterOn change) {
    QualifiedName table = change.table();
    String sql = change.toIndex() == null
        ? alterTable(table) + " SET WITHOUT CLUSTER"
        : alterTable(table) + " CLUSTER ON " + Sql.ident(change.toIndex());
    return List.of(Statement.of(sql, Lock.on(Lock.Mode.SHARE_UPDATE_EXCLUSIVE, table)));
  }

  /**
   * {@code SET STATISTICS} (SHARE UPDATE EXCLUSIVE; writes go on); the default is {@code SET STATISTICS -1}, which every
   * supported release accepts. On a partitioned table it reaches the partitions too.
   */
  @Override
  public List<Statement> visit(AlterColumnStatistics change) {
    QualifiedName table = change.table();
    return List.of(Statement.of(
        alterTable(table) + " ALTER COLUMN " + Sql.ident(change.column()) + " SET STATISTICS "
            + (change.to() == null ? -1 : change.to()),
        Lock.on(Lock.Mode.SHARE_UPDATE_EXCLUSIVE, table)));
  }

  /**
   * One {@code ALTER TABLE} with a clause per setting that changes: {@code SET STORAGE} (back to the type's own, which
   * every supported release accepts, where {@code SET STORAGE DEFAULT} needs 16), {@code SET COMPRESSION} ({@code
   * DEFAULT} to unset), {@code RESET (…)} for the options that go and {@code SET (…)} for those that come or change.
   * Storage and compression take an ACCESS EXCLUSIVE lock for the catalog update only (nothing is rewritten: values
   * keep their form until written again); options alone a SHARE UPDATE EXCLUSIVE lock. On a partitioned table storage
   * and compression reach the partitions too.
   */
  @Override
  public List<Statement> visit(AlterColumnSettings change) {
    QualifiedName table = change.table();
    ColumnSettings from = change.from();
    ColumnSettings to = change.to();
    String column = " ALTER COLUMN " + Sql.ident(change.column());
    List<String> clauses = new ArrayList<>();
    if (!Objects.equals(from.storage(), to.storage())) {
      clauses.add(column + " SET STORAGE " + (to.storage() != null ? to.storage() : from.typeStorage()));
    }
    if (!Objects.equals(from.compression(), to.compression())) {
      clauses.add(column + " SET COMPRESSION " + (to.compression() != null ? Sql.ident(to.compression()) : "DEFAULT"));
    }
    Set<String> kept = to.options().stream().map(ColumnSettings::optionName).collect(Collectors.toSet());
    List<String> reset = from.options().stream().map(ColumnSettings::optionName).filter(o -> !kept.contains(o)).toList();
    if (!reset.isEmpty()) {
      clauses.add(column + " RESET (" + String.join(", ", reset) + ")");
    }
    List<String> set = to.options().stream().filter(o -> !from.options().contains(o)).toList();
    if (!set.isEmpty()) {
      clauses.add(column + " SET (" + set.stream().map(DdlRenderer::option).collect(Collectors.joining(", ")) + ")");
    }
    Lock.Mode mode = change.changesStorage() ? Lock.Mode.ACCESS_EXCLUSIVE : Lock.Mode.SHARE_UPDATE_EXCLUSIVE;
    return List.of(Statement.of(alterTable(table) + String.join(",", clauses), Lock.on(mode, table)));
  }

  /** @return an attribute option as {@code SET (…)} takes it: {@code n_distinct=-0.5} as {@code n_distinct = -0.5} */
  private static String option(String option) {
    int at = option.indexOf('=');
    return option.substring(0, at) + " = " + Sql.literal(option.substring(at + 1));
  }
}
