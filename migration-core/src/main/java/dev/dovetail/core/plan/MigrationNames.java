package dev.dovetail.core.plan;

import dev.dovetail.core.change.AddColumn;
import dev.dovetail.core.change.AddConstraint;
import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.AlterDomain;
import dev.dovetail.core.change.CreateFunction;
import dev.dovetail.core.change.DropFunction;
import dev.dovetail.core.change.ReplaceFunction;
import dev.dovetail.core.change.AlterEnum;
import dev.dovetail.core.change.CreateDomain;
import dev.dovetail.core.change.DropDomain;
import dev.dovetail.core.change.CreateEnum;
import dev.dovetail.core.change.DropEnum;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.SetComment;
import dev.dovetail.core.change.AlterExtension;
import dev.dovetail.core.change.AlterSequence;
import dev.dovetail.core.change.AlterTableStorage;
import dev.dovetail.core.change.CreateSequence;
import dev.dovetail.core.change.DropSequence;
import dev.dovetail.core.change.CreateExtension;
import dev.dovetail.core.change.DropExtension;
import dev.dovetail.core.change.ColumnAspect;
import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.change.CreateSchema;
import dev.dovetail.core.change.CreateTable;
import dev.dovetail.core.change.CreateTrigger;
import dev.dovetail.core.change.CreateView;
import dev.dovetail.core.change.RenameEnumValue;
import dev.dovetail.core.change.RenameColumn;
import dev.dovetail.core.change.RenameTable;
import dev.dovetail.core.change.AlterPartitionBound;
import dev.dovetail.core.change.CreatePartition;
import dev.dovetail.core.change.DropPartition;
import dev.dovetail.core.change.AlterCompositeType;
import dev.dovetail.core.change.CreateCompositeType;
import dev.dovetail.core.change.DropCompositeType;
import dev.dovetail.core.change.DropView;
import dev.dovetail.core.change.RebuildViews;
import dev.dovetail.core.change.ReplaceView;
import dev.dovetail.core.change.DropTrigger;
import dev.dovetail.core.change.DropColumn;
import dev.dovetail.core.change.DropConstraint;
import dev.dovetail.core.change.DropIndex;
import dev.dovetail.core.change.DropSchema;
import dev.dovetail.core.change.DropTable;
import dev.dovetail.core.change.AlterPolicy;
import dev.dovetail.core.change.AlterRowSecurity;
import dev.dovetail.core.change.CreatePolicy;
import dev.dovetail.core.change.DropPolicy;
import dev.dovetail.core.change.GrantPrivilege;
import dev.dovetail.core.change.RevokePrivilege;
import dev.dovetail.core.model.PrivilegeTarget;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.ExclusionConstraint;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.PrimaryKey;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.UniqueConstraint;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Descriptive migration names: lower snake case, verb first, objects after, {@code contract_}
 * first for contract steps. Identifiers are folded to ASCII; one with no ASCII letter or digit at all
 * (for example {@code 数据}) becomes {@code u} and the hex hash of the identifier, so that names stay
 * distinct and portable across file systems.
 */
public final class MigrationNames {

  private static final int MAX_LENGTH = 120;

  private MigrationNames() {}

  /** @return the name of the migration applying {@code change} in {@code phase} */
  public static String of(SchemaChange change, Phase phase) {
    return named(base(change), phase);
  }

  /** @return the name of {@code change} without phase, for recipes that derive step names from it */
  public static String base(SchemaChange change) {
    return change.accept(new BaseName());
  }

  /** @return {@code base} as the name of a migration in {@code phase}: {@code contract_} first, length capped */
  public static String named(String base, Phase phase) {
    String name = phase == Phase.CONTRACT ? "contract_" + base : base;
    return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH).replaceAll("_+$", "");
  }

  /**
   * Folds an identifier into a lower snake case word: accents dropped, anything but ASCII letters and digits
   * turned into single underscores.
   */
  public static String word(String identifier) {
    String ascii = Normalizer.normalize(identifier, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String snake =
        ascii.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "_")
            .replaceAll("^_+|_+$", "");
    if (snake.isEmpty()) {
      // String.hashCode is specified by the JLS, so the name is the same on every machine.
      return "u" + String.format(Locale.ROOT, "%08x", identifier.hashCode());
    }
    return snake;
  }

  private static String table(QualifiedName name) {
    return "public".equals(name.schema()) ? word(name.name()) : word(name.schema()) + "_" + word(name.name());
  }

  private static String alterVerb(Set<ColumnAspect> aspects) {
    if (aspects.size() != 1) {
      return "alter_column";
    }
    return "alter_column_" + aspects.iterator().next().name().toLowerCase(Locale.ROOT);
  }

  private static String constraintKind(Constraint constraint) {
    return constraint.accept(
        new Constraint.Visitor<String>() {
          @Override
          public String visit(PrimaryKey c) {
            return "primary_key";
          }

          @Override
          public String visit(UniqueConstraint c) {
            return "unique";
          }

          @Override
          public String visit(ForeignKey c) {
            return "fk";
          }

          @Override
          public String visit(CheckConstraint c) {
            return "check";
          }

          @Override
          public String visit(ExclusionConstraint c) {
            return "exclusion";
          }
        });
  }

  private static String constraintObject(Constraint constraint) {
    if (constraint instanceof PrimaryKey) {
      return "";
    }
    if (constraint instanceof CheckConstraint) {
      return word(constraint.name());
    }
    return columns(constraint.columns());
  }

  private static String indexObject(List<String> keys, String indexName) {
    boolean plainColumns = keys.stream().allMatch(k -> k.matches("\"?[\\p{L}_][\\p{L}\\p{N}_$ ]*\"?"));
    return plainColumns ? columns(keys) : word(indexName);
  }

  private static String columns(List<String> columns) {
    return columns.stream().map(MigrationNames::word).collect(Collectors.joining("_"));
  }

  private static String join(String... parts) {
    List<String> nonEmpty = new ArrayList<>();
    for (String part : parts) {
      if (!part.isEmpty()) {
        nonEmpty.add(part);
      }
    }
    return String.join("_", nonEmpty);
  }

  private static final class BaseName implements SchemaChange.Visitor<String> {

    @Override
    public String visit(SetComment c) {
      CommentTarget t = c.target();
      String object =
          switch (t.kind()) {
            case SCHEMA -> word(t.schema());
            case COLUMN, CONSTRAINT, TRIGGER, POLICY, RULE -> table(new QualifiedName(t.schema(), t.name())) + "_" + word(t.member());
            default -> table(new QualifiedName(t.schema(), t.name()));
          };
      String verb = c.to() == null ? "remove_comment_on_" : "comment_on_";
      return verb + t.kind().name().toLowerCase(Locale.ROOT) + "_" + object;
    }

    @Override
    public String visit(CreateSchema c) {
      return join("create_schema", word(c.schema().name()));
    }

    @Override
    public String visit(DropSchema c) {
      return join("drop_schema", word(c.schema().name()));
    }

    @Override
    public String visit(CreateExtension c) {
      return join("create_extension", word(c.extension().name()));
    }

    @Override
    public String visit(DropExtension c) {
      return join("drop_extension", word(c.extension().name()));
    }

    @Override
    public String visit(AlterExtension c) {
      String verb = c.from().version().equals(c.to().version()) ? "move_extension" : "update_extension";
      return join(verb, word(c.to().name()));
    }

    @Override
    public String visit(CreateEnum c) {
      return join("create_enum", table(c.type().name()));
    }

    @Override
    public String visit(DropEnum c) {
      return join("drop_enum", table(c.type().name()));
    }

    @Override
    public String visit(AlterEnum c) {
      return join(c.additive() ? "add_enum_values" : "recreate_enum", table(c.to().name()));
    }

    @Override
    public String visit(CreateDomain c) {
      return join("create_domain", table(c.domain().name()));
    }

    @Override
    public String visit(DropDomain c) {
      return join("drop_domain", table(c.domain().name()));
    }

    @Override
    public String visit(AlterDomain c) {
      return join("alter_domain", table(c.to().name()));
    }

    @Override
    public String visit(CreateFunction c) {
      return join(c.function().procedure() ? "create_procedure" : "create_function", table(c.function().name()));
    }

    @Override
    public String visit(DropFunction c) {
      return join(c.function().procedure() ? "drop_procedure" : "drop_function", table(c.function().name()));
    }

    @Override
    public String visit(ReplaceFunction c) {
      return join(c.to().procedure() ? "replace_procedure" : "replace_function", table(c.to().name()));
    }

    @Override
    public String visit(CreateSequence c) {
      return join("create_sequence", table(c.sequence().name()));
    }

    @Override
    public String visit(DropSequence c) {
      return join("drop_sequence", table(c.sequence().name()));
    }

    @Override
    public String visit(AlterSequence c) {
      if (c.from().withoutOwner().equals(c.to().withoutOwner())) {
        return join(c.to().ownedBy() == null ? "detach_sequence" : "attach_sequence", table(c.to().name()));
      }
      return join("alter_sequence", table(c.to().name()));
    }

    @Override
    public String visit(CreateTable c) {
      return join("create_table", table(c.table().name()));
    }

    @Override
    public String visit(DropTable c) {
      return join("drop_table", table(c.table().name()));
    }

    @Override
    public String visit(AlterTableStorage c) {
      return join(c.fromUnlogged() == c.toUnlogged() ? "alter_storage" : c.toUnlogged() ? "set_unlogged" : "set_logged", table(c.table()));
    }

    @Override
    public String visit(AddColumn c) {
      return join("add_column", table(c.table()), word(c.column().name()));
    }

    @Override
    public String visit(DropColumn c) {
      return join("drop_column", table(c.table()), word(c.column().name()));
    }

    @Override
    public String visit(AlterColumn c) {
      return join(alterVerb(c.aspects()), table(c.table()), word(c.to().name()));
    }

    @Override
    public String visit(AddConstraint c) {
      return join("add_" + constraintKind(c.constraint()), table(c.table()), constraintObject(c.constraint()));
    }

    @Override
    public String visit(DropConstraint c) {
      return join("drop_" + constraintKind(c.constraint()), table(c.table()), constraintObject(c.constraint()));
    }

    @Override
    public String visit(CreateIndex c) {
      return join("create_index", table(c.index().table()), indexObject(c.index().keys(), c.index().name()));
    }

    @Override
    public String visit(CreateTrigger c) {
      return join("create_trigger", table(c.trigger().table()), word(c.trigger().name()));
    }

    @Override
    public String visit(DropTrigger c) {
      return join("drop_trigger", table(c.trigger().table()), word(c.trigger().name()));
    }

    @Override
    public String visit(DropIndex c) {
      return join("drop_index", table(c.index().table()), indexObject(c.index().keys(), c.index().name()));
    }

    @Override
    public String visit(CreateView c) {
      return join(c.view().materialized() ? "create_materialized_view" : "create_view", table(c.view().name()));
    }

    @Override
    public String visit(DropView c) {
      return join(c.view().materialized() ? "drop_materialized_view" : "drop_view", table(c.view().name()));
    }

    @Override
    public String visit(ReplaceView c) {
      return join("replace_view", table(c.to().name()));
    }

    /** Named after the change the views are rebuilt for: that is what the migration is about. */
    @Override
    public String visit(RebuildViews c) {
      boolean recreation = c.recreatesFunction(0);
      String first =
          recreation
              ? join("recreate_function", table(((DropFunction) c.changes().get(0)).function().name()))
              : c.changes().get(0).accept(this);
      return join(first, c.changes().size() > (recreation ? 2 : 1) ? "and_more" : "", "rebuilding_views");
    }

    @Override
    public String visit(CreateCompositeType c) {
      return join("create_type", table(c.type().name()));
    }

    @Override
    public String visit(DropCompositeType c) {
      return join("drop_type", table(c.type().name()));
    }

    @Override
    public String visit(AlterCompositeType c) {
      return join("alter_type", table(c.to().name()));
    }

    @Override
    public String visit(CreatePartition c) {
      return join("create_partition", table(c.partition().name()));
    }

    @Override
    public String visit(DropPartition c) {
      return join("drop_partition", table(c.partition().name()));
    }

    @Override
    public String visit(AlterPartitionBound c) {
      return join("alter_partition_bound", table(c.to().name()));
    }

    @Override
    public String visit(RenameEnumValue c) {
      return join("rename_enum_value", table(c.type()), word(c.from()), "to", word(c.to()));
    }

    @Override
    public String visit(RenameTable c) {
      return join("rename_table", table(c.from()), "to", word(c.to()));
    }

    @Override
    public String visit(RenameColumn c) {
      return join("rename_column", table(c.table()), word(c.from()), "to", word(c.to()));
    }

    @Override
    public String visit(CreatePolicy c) {
      return join("create_policy", table(c.policy().table()), word(c.policy().name()));
    }

    @Override
    public String visit(DropPolicy c) {
      return join("drop_policy", table(c.policy().table()), word(c.policy().name()));
    }

    @Override
    public String visit(AlterPolicy c) {
      return join("alter_policy", table(c.to().table()), word(c.to().name()));
    }

    @Override
    public String visit(AlterRowSecurity c) {
      String verb;
      if (c.from().enabled() != c.to().enabled()) {
        verb = c.to().enabled() ? "enable_row_security" : "disable_row_security";
      } else {
        verb = c.to().forced() ? "force_row_security" : "no_force_row_security";
      }
      return join(verb, table(c.to().table()));
    }

    @Override
    public String visit(GrantPrivilege c) {
      return join("grant", word(c.privilege()), "on", privilegeObject(c.target()), "to", word(c.grantee()));
    }

    @Override
    public String visit(RevokePrivilege c) {
      return join("revoke", word(c.privilege()), "on", privilegeObject(c.target()), "from", word(c.grantee()));
    }
  }

  private static String privilegeObject(PrivilegeTarget target) {
    String kind = target.kind().name().toLowerCase(Locale.ROOT);
    return switch (target.kind()) {
      case SCHEMA -> kind + "_" + word(target.schema());
      case COLUMN -> kind + "_" + table(target.qualifiedName()) + "_" + word(target.column());
      default -> kind + "_" + table(target.qualifiedName());
    };
  }
}
