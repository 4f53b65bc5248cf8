package dev.dovetail.core.model;

import java.util.List;

/**
 * What a view's query reads, as {@code pg_depend} records it for the view's rewrite rule. PostgreSQL refuses
 * to change the type of a column a view reads, to drop a function it calls or a type it names, so these tell
 * which views must be dropped before a change and created again after it.
 *
 * @param relations the tables, views and sequences it reads
 * @param columns the table and view columns it reads
 * @param functions the functions it calls, by {@link Function#signature()}
 * @param types the types it names (casts to enums or domains, for example)
 */
public record ViewDependencies(
    List<QualifiedName> relations, List<ColumnRef> columns, List<String> functions, List<QualifiedName> types) implements java.io.Serializable {

  public ViewDependencies {
    relations = relations.stream().sorted().distinct().toList();
    columns = columns.stream().sorted(java.util.Comparator.comparing(ColumnRef::toString)).distinct().toList();
    functions = functions.stream().sorted().distinct().toList();
    types = types.stream().sorted().distinct().toList();
  }
}
