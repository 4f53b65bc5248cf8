package dev.dovetail.diff.introspect;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.DatabaseSchema;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which schemas Dovetail manages ({@code includeSchemas} / {@code excludeSchemas}). Objects of other schemas
 * are left out of both sides of the diff, so they are neither created, changed nor dropped. Extensions are
 * database-wide and always managed.
 *
 * @param include the schemas to manage; empty means every user schema
 * @param exclude the schemas never to manage, even when included
 */
public record SchemaFilter(List<String> include, List<String> exclude) {

  public SchemaFilter {
    include = include == null ? List.of() : List.copyOf(include);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    if (include.stream().anyMatch(exclude::contains)) {
      throw new MigrationException(
          ErrorCode.CONFIGURATION_INVALID,
          "includeSchemas and excludeSchemas both name " + include.stream().filter(exclude::contains).toList());
    }
  }

  /** @return the filter that keeps everything */
  public static SchemaFilter all() {
    return new SchemaFilter(List.of(), List.of());
  }

  /** @return whether objects of {@code schema} are managed */
  public boolean manages(String schema) {
    return (include.isEmpty() || include.contains(schema)) && !exclude.contains(schema);
  }

  /** @return the catalog without the objects of unmanaged schemas */
  public DatabaseSchema apply(DatabaseSchema schema) {
    if (include.isEmpty() && exclude.isEmpty()) {
      return schema;
    }
    Predicate<String> keep = this::manages;
    return schema.toBuilder()
        .schemas(schema.schemas().stream().filter(s -> keep.test(s.name())).toList())
        .collations(schema.collations().stream().filter(c -> keep.test(c.name().schema())).toList())
        .enums(schema.enums().stream().filter(e -> keep.test(e.name().schema())).toList())
        .domains(schema.domains().stream().filter(d -> keep.test(d.name().schema())).toList())
        .functions(schema.functions().stream().filter(f -> keep.test(f.name().schema())).toList())
        .sequences(schema.sequences().stream().filter(s -> keep.test(s.name().schema())).toList())
        .tables(schema.tables().stream().filter(t -> keep.test(t.name().schema())).toList())
        .views(schema.views().stream().filter(v -> keep.test(v.name().schema())).toList())
        .compositeTypes(schema.compositeTypes().stream().filter(t -> keep.test(t.name().schema())).toList())
        .rangeTypes(schema.rangeTypes().stream().filter(t -> keep.test(t.name().schema())).toList())
        .statistics(schema.statistics().stream().filter(t -> keep.test(t.table().schema())).toList())
        .policies(schema.policies().stream().filter(p -> keep.test(p.table().schema())).toList())
        .rules(schema.rules().stream().filter(r -> keep.test(r.relation().schema())).toList())
        .rowSecurity(schema.rowSecurity().stream().filter(r -> keep.test(r.table().schema())).toList())
        // default privileges of every schema (no schema of their own) are kept whatever the filter
        .privileges(schema.privileges().stream()
            .filter(p -> p.target().schema() == null || keep.test(p.target().schema())).toList())
        .owners(schema.owners().stream().filter(o -> keep.test(o.target().schema())).toList())
        .build();
  }
}
