package dev.dovetail.diff.compare;

import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ColumnRef;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Sequence;
import dev.dovetail.core.model.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sequences that come and go with their owner: a sequence owned by a column ({@code serial}) and used by no other
 * column's default is part of the creation or drop of its table or column rather than a change of its own, because
 * PostgreSQL drops it with its owner and nothing else needs it first.
 *
 * @param created the new sequences whose owner table or column is new
 * @param dropped the sequences that go whose owner table or column goes
 */
record OwnedSequences(List<Sequence> created, List<Sequence> dropped) {

  static OwnedSequences of(DatabaseSchema current, DatabaseSchema declared) {
    Set<QualifiedName> before = new HashSet<>();
    current.sequences().forEach(s -> before.add(s.name()));
    Set<QualifiedName> after = new HashSet<>();
    declared.sequences().forEach(s -> after.add(s.name()));
    Map<QualifiedName, Set<ColumnRef>> fromUsers = users(current);
    Map<QualifiedName, Set<ColumnRef>> toUsers = users(declared);
    List<Sequence> created = declared.sequences().stream()
        .filter(s -> !before.contains(s.name()) && onlyOwnerUses(s, toUsers) && !exists(current, s.ownedBy()))
        .toList();
    List<Sequence> dropped = current.sequences().stream()
        .filter(s -> !after.contains(s.name()) && onlyOwnerUses(s, fromUsers) && !exists(declared, s.ownedBy()))
        .toList();
    return new OwnedSequences(created, dropped);
  }

  /** @return whether a sequence travels with its owner, so that it gets no change of its own */
  boolean travels(Sequence sequence) {
    return created.stream().anyMatch(s -> s.name().equals(sequence.name()))
        || dropped.stream().anyMatch(s -> s.name().equals(sequence.name()));
  }

  /** @return the sequences of {@code sequences} owned by {@code table} (by its {@code column}, when given) */
  static List<Sequence> ownedBy(List<Sequence> sequences, QualifiedName table, String column) {
    return sequences.stream().filter(s -> column == null ? s.ownedByTable(table) : s.ownedByColumn(table, column)).toList();
  }

  private static boolean exists(DatabaseSchema schema, ColumnRef column) {
    return schema.tables().stream()
        .anyMatch(t -> t.name().equals(column.table()) && t.column(column.column()).isPresent());
  }

  /** @return for each sequence, the columns whose default calls it */
  private static Map<QualifiedName, Set<ColumnRef>> users(DatabaseSchema schema) {
    Map<QualifiedName, Set<ColumnRef>> users = new HashMap<>();
    for (Table table : schema.tables()) {
      for (Column column : table.columns()) {
        for (QualifiedName sequence : column.defaultSequences()) {
          users.computeIfAbsent(sequence, k -> new HashSet<>()).add(new ColumnRef(table.name(), column.name()));
        }
      }
    }
    return users;
  }

  private static boolean onlyOwnerUses(Sequence sequence, Map<QualifiedName, Set<ColumnRef>> users) {
    return sequence.ownedBy() != null
        && users.getOrDefault(sequence.name(), Set.of()).stream().allMatch(sequence.ownedBy()::equals);
  }
}
