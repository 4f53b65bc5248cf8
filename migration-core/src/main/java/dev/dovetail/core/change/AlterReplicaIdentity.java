package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.ReplicaIdentity;
import java.util.Objects;

/**
 * {@code ALTER TABLE … REPLICA IDENTITY DEFAULT | FULL | NOTHING | USING INDEX …}: what a table (or a partition, which
 * has its own) logs to identify an old row for logical replication.
 *
 * @param table the table or partition
 * @param from its replica identity now
 * @param to the one it must have
 */
public record AlterReplicaIdentity(QualifiedName table, ReplicaIdentity from, ReplicaIdentity to) implements SchemaChange {

  public AlterReplicaIdentity {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  @Override
  public AlterReplicaIdentity inverse() {
    return new AlterReplicaIdentity(table, to, from);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.TABLE, table, Verb.ALTER);
  }

  @Override
  public String baseName() {
    return NameWords.join("set_replica_identity", NameWords.table(table));
  }

  @Override
  public String describe() {
    return "Sets the replica identity of table " + table + " to " + to + " (was " + from + ").";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
