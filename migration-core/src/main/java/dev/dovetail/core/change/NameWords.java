package dev.dovetail.core.change;

import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.ExclusionConstraint;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.PrimaryKey;
import dev.dovetail.core.model.PrivilegeTarget;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.UniqueConstraint;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words of migration names ({@link SchemaChange#baseName()}): lower snake case, verb first, objects after.
 * Identifiers are folded to ASCII; one with no ASCII letter or digit at all (for example {@code 数据}) becomes
 * {@code u} and the hex hash of the identifier, so that names stay distinct and portable across file systems.
 */
public final class NameWords {

  private NameWords() {}

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

  /** @return the words of a name, its schema first unless it is {@code public} */
  public static String table(QualifiedName name) {
    return "public".equals(name.schema()) ? word(name.name()) : word(name.schema()) + "_" + word(name.name());
  }

  /** @return the parts joined by underscores, empty ones left out */
  public static String join(String... parts) {
    List<String> nonEmpty = new ArrayList<>();
    for (String part : parts) {
      if (!part.isEmpty()) {
        nonEmpty.add(part);
      }
    }
    return String.join("_", nonEmpty);
  }

  /**
   * @return the name of a change about {@code subject}: verb and kind, then the object (a schema-qualified one
   *     without {@code public}) and the member; a function's arguments and a partition's table are left out
   */
  static String of(Subject subject) {
    String action = subject.verb().word() + "_" + subject.kind().word();
    QualifiedName name = subject.qualifiedName();
    String object = name == null ? word(subject.name() == null ? subject.schema() : subject.name()) : table(name);
    boolean member = subject.kind().member() || subject.kind() == Subject.Kind.ENUM_LABEL;
    return join(action, object, member ? word(subject.member()) : "");
  }

  /** @return a constraint's kind as a name says it: {@code primary_key}, {@code fk} */
  static String constraintKind(Constraint constraint) {
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

  /** @return a constraint as a name says it: a check by its name, a primary key by nothing, others by their columns */
  static String constraintObject(Constraint constraint) {
    if (constraint instanceof PrimaryKey) {
      return "";
    }
    if (constraint instanceof CheckConstraint) {
      return word(constraint.name());
    }
    return columns(constraint.columns());
  }

  /** @return an index as a name says it: by its key columns, or by its name when a key is an expression */
  static String index(Index index) {
    boolean plainColumns = index.keys().stream().allMatch(k -> k.matches("\"?[\\p{L}_][\\p{L}\\p{N}_$ ]*\"?"));
    return plainColumns ? columns(index.keys()) : word(index.name());
  }

  /**
   * @return a privilege's object as a name says it: its kind, then its name; for default privileges
   *     {@code default_tables[_for_<role>][_in_<schema>]}
   */
  static String privilegeObject(PrivilegeTarget target) {
    String kind = target.kind().name().toLowerCase(Locale.ROOT);
    if (target.kind().defaults()) {
      return kind + (target.role() == null ? "" : "_for_" + word(target.role()))
          + (target.schema() == null ? "" : "_in_" + word(target.schema()));
    }
    return switch (target.kind()) {
      case SCHEMA -> kind + "_" + word(target.schema());
      case COLUMN -> kind + "_" + table(target.qualifiedName()) + "_" + word(target.column());
      default -> kind + "_" + table(target.qualifiedName());
    };
  }

  private static String columns(List<String> columns) {
    return columns.stream().map(NameWords::word).collect(Collectors.joining("_"));
  }
}
