package dev.dovetail.diff;

import dev.dovetail.core.change.AddConstraint;
import dev.dovetail.core.change.AlterOwner;
import dev.dovetail.core.change.AlterClusterOn;
import dev.dovetail.core.change.AlterColumnSettings;
import dev.dovetail.core.change.AlterColumnStatistics;
import dev.dovetail.core.change.AlterInheritance;
import dev.dovetail.core.change.AlterReplicaIdentity;
import dev.dovetail.core.change.AlterRowSecurity;
import dev.dovetail.core.change.AlterSequence;
import dev.dovetail.core.change.AlterTriggerState;
import dev.dovetail.core.change.CreateCompositeType;
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
import dev.dovetail.core.change.CreateTrigger;
import dev.dovetail.core.change.CreateView;
import dev.dovetail.core.change.GrantPrivilege;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.Subject;
import dev.dovetail.core.change.SetComment;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.core.write.FlywayFormat;
import dev.dovetail.core.write.MigrationFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lays out the statements that create a schema from nothing ({@link dev.dovetail.diff.prove.SchemaBuilder#creation}) as
 * declared schema files, which load on an empty database in file-name order. The statements are the renderer's own;
 * this class only groups them into files and writes a short header on each. Same plan, same bytes.
 */
final class DeclaredSchemaFiles {

  private DeclaredSchemaFiles() {}

  /** @return the files, in file-name order, which is the order they load in */
  static List<MigrationFile> of(MigrationPlan creation, SchemaLayout layout) {
    return switch (layout) {
      case SCHEMA -> bySchema(creation.migrations());
      case OBJECT -> byObject(creation.migrations());
    };
  }

  /**
   * One file per run of consecutive objects of one schema in plan order, numbered ({@code 1_billing.sql},
   * {@code 2_public.sql}, {@code 3_billing.sql}): the schema layout for schemas that reference each other both ways,
   * where no order of one file per schema loads. Plan order always loads.
   */
  static List<MigrationFile> bySchemaInPlanOrder(MigrationPlan creation) {
    List<String> schemas = new ArrayList<>();
    List<List<Migration>> runs = new ArrayList<>();
    String previous = "public";
    for (Migration migration : creation.migrations()) {
      String schema = schemaOf(migration.change()).orElse(previous);
      if (runs.isEmpty() || !schema.equals(previous)) {
        schemas.add(schema);
        runs.add(new ArrayList<>());
      }
      runs.get(runs.size() - 1).add(migration);
      previous = schema;
    }
    int width = String.valueOf(runs.size()).length();
    List<MigrationFile> files = new ArrayList<>();
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(schemas));
    List<String> names = fileNames(distinct);
    for (int i = 0; i < runs.size(); i++) {
      String headline = "Declared schema of schema " + schemas.get(i) + ", part " + (i + 1) + " of " + runs.size()
          + " (the schemas reference each other, so their objects load in turns): " + runs.get(i).size() + " object(s).";
      String name = String.format(Locale.ROOT, "%0" + width + "d_%s.sql", i + 1, names.get(distinct.indexOf(schemas.get(i))));
      files.add(new MigrationFile(name, header(headline) + body(runs.get(i))));
    }
    return files;
  }

  /** One file per migration of the plan, numbered in plan order: {@code 004_table_orders.sql}. */
  private static List<MigrationFile> byObject(List<Migration> migrations) {
    int width = Math.max(3, String.valueOf(migrations.size()).length());
    List<MigrationFile> files = new ArrayList<>();
    for (int i = 0; i < migrations.size(); i++) {
      Migration migration = migrations.get(i);
      String name = String.format(Locale.ROOT, "%0" + width + "d_%s.sql", i + 1, migration.name().replaceFirst("^create_", ""));
      files.add(new MigrationFile(name, header(migration.description()) + body(List.of(migration))));
    }
    return files;
  }

  /**
   * One file per schema, each holding that schema's objects in plan order. The files run in the order in which the plan
   * first creates something in their schema (a schema whose tables reference another's comes after it); when file-name
   * order differs from that, the names are numbered ({@code 1_public.sql}, {@code 2_billing.sql}).
   */
  private static List<MigrationFile> bySchema(List<Migration> migrations) {
    Map<String, List<Migration>> groups = new LinkedHashMap<>();
    Map<String, Integer> first = new LinkedHashMap<>();
    String previous = "public";
    for (int i = 0; i < migrations.size(); i++) {
      Migration migration = migrations.get(i);
      String schema = schemaOf(migration.change()).orElse(previous);
      previous = schema;
      groups.computeIfAbsent(schema, s -> new ArrayList<>()).add(migration);
      if (!(migration.change() instanceof CreateSchema)) {
        first.putIfAbsent(schema, i);
      }
    }
    List<String> order = new ArrayList<>(groups.keySet());
    order.sort((a, b) -> Integer.compare(first.getOrDefault(a, -1), first.getOrDefault(b, -1)));
    List<String> names = fileNames(order);
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(null);
    if (!sorted.equals(names)) {
      int width = String.valueOf(names.size()).length();
      for (int i = 0; i < names.size(); i++) {
        names.set(i, String.format(Locale.ROOT, "%0" + width + "d_%s", i + 1, names.get(i)));
      }
    }
    List<MigrationFile> files = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      List<Migration> group = groups.get(order.get(i));
      String headline = "Declared schema of schema " + order.get(i) + ": " + group.size() + " object(s).";
      files.add(new MigrationFile(names.get(i) + ".sql", header(headline) + body(group)));
    }
    return files;
  }

  /** @return a file name (without {@code .sql}) per schema: the name with path and shell characters replaced, unique */
  private static List<String> fileNames(List<String> schemas) {
    Set<String> taken = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (String schema : schemas) {
      String base = schema.replaceAll("[^\\p{L}\\p{N}_.-]", "_").replaceFirst("^\\.", "_");
      base = base.isEmpty() ? "schema" : base;
      String name = base;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "_" + n; // two schemas whose names differ only in case or in replaced characters
      }
      names.add(name);
    }
    return names;
  }

  private static String header(String headline) {
    return "-- " + FlywayFormat.comment(headline) + "\n"
        + "-- Written by mvn migrations:init. This is the end state the database should have: edit it, then run\n"
        + "-- mvn migrations:diff for the migrations that get there. The *.sql files of this directory load on an empty\n"
        + "-- database in file-name order.\n";
  }

  private static String body(List<Migration> migrations) {
    StringBuilder text = new StringBuilder();
    for (Migration migration : migrations) {
      text.append('\n');
      for (Statement statement : migration.up()) {
        text.append(statement.sql()).append(";\n");
      }
    }
    return text.toString();
  }

  /**
   * @return the schema of the object a creation change is about, or empty for a change that belongs with the one
   *     before it (the plan creates nothing else from nothing)
   */
  static Optional<String> schemaOf(SchemaChange change) {
    if (change instanceof CreateSchema c) {
      return Optional.of(c.schema().name());
    } else if (change instanceof CreateExtension c) {
      return Optional.of(c.extension().schema());
    } else if (change instanceof CreateEnum c) {
      return Optional.of(c.type().name().schema());
    } else if (change instanceof CreateDomain c) {
      return Optional.of(c.domain().name().schema());
    } else if (change instanceof CreateCompositeType c) {
      return Optional.of(c.type().name().schema());
    } else if (change instanceof CreateFunction c) {
      return Optional.of(c.function().name().schema());
    } else if (change instanceof CreateSequence c) {
      return Optional.of(c.sequence().name().schema());
    } else if (change instanceof AlterSequence c) {
      return Optional.of(c.to().name().schema());
    } else if (change instanceof CreateTable c) {
      return Optional.of(c.table().name().schema());
    } else if (change instanceof AddConstraint c) {
      return Optional.of(c.table().schema());
    } else if (change instanceof CreateIndex c) {
      return Optional.of(c.index().table().schema());
    } else if (change instanceof CreateTrigger c) {
      return Optional.of(c.trigger().table().schema());
    } else if (change instanceof CreateView c) {
      return Optional.of(c.view().name().schema());
    } else if (change instanceof CreatePartition c) {
      return Optional.of(c.table().schema());
    } else if (change instanceof CreatePolicy c) {
      return Optional.of(c.policy().table().schema());
    } else if (change instanceof AlterRowSecurity c) {
      return Optional.of(c.to().table().schema());
    } else if (change instanceof SetComment c) {
      return Optional.ofNullable(c.target().schema());
    } else if (change instanceof GrantPrivilege c) {
      return Optional.ofNullable(c.target().schema());
    } else if (change instanceof AlterOwner c) {
      return Optional.of(c.target().schema());
    } else if (change instanceof AlterReplicaIdentity c) {
      return Optional.of(c.table().schema());
    } else if (change instanceof AlterInheritance c) {
      return Optional.of(c.table().schema());
    } else if (change instanceof AlterClusterOn c) {
      return Optional.of(c.table().schema());
    } else if (change instanceof AlterColumnStatistics c) {
      return Optional.of(c.table().schema());
    } else if (change instanceof AlterColumnSettings c) {
      return Optional.of(c.table().schema());
    } else if (change instanceof AlterTriggerState c) {
      return Optional.of(c.to().table().schema());
    }
    // Any other kind that creates an object in a schema goes with that schema, so a new kind needs no line here.
    Subject subject = change.subject();
    return subject.verb() == Subject.Verb.CREATE ? Optional.ofNullable(subject.schema()) : Optional.empty();
  }
}
