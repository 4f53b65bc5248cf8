package dev.dovetail.core.plan;

import dev.dovetail.core.model.QualifiedName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The table locks a statement takes on existing relations, as a file header and the review report name them
 * ({@code SHARE UPDATE EXCLUSIVE on public.orders; ROW SHARE on public.customers}). {@link #NONE} for a statement that
 * takes none worth naming: it creates something new, or locks no table.
 *
 * @param parts the modes taken, each on its relations, in the order they are named
 */
public record Lock(List<Part> parts) {

  /** No lock on an existing table. */
  public static final Lock NONE = new Lock(List.of());

  /** PostgreSQL's table-level lock modes, weakest first, with their names in PostgreSQL's words. */
  public enum Mode {
    ACCESS_SHARE,
    ROW_SHARE,
    ROW_EXCLUSIVE,
    SHARE_UPDATE_EXCLUSIVE,
    SHARE,
    SHARE_ROW_EXCLUSIVE,
    EXCLUSIVE,
    ACCESS_EXCLUSIVE;

    /** @return the mode as PostgreSQL's documentation and {@code LOCK TABLE … IN … MODE} spell it ({@code SHARE UPDATE EXCLUSIVE}) */
    public String words() {
      return name().replace('_', ' ');
    }
  }

  /** How long the lock is held, when that is not the whole statement. */
  public enum Hold {
    /** for the statement (or the transaction it runs in) */
    STATEMENT,
    /** one committed batch at a time, by a statement that commits after every batch */
    ONE_BATCH_AT_A_TIME
  }

  /**
   * One mode taken on some relations.
   *
   * @param mode the lock mode
   * @param relations the relations, by their names as PostgreSQL stores them
   * @param hold how long it is held
   */
  public record Part(Mode mode, List<QualifiedName> relations, Hold hold) {

    public Part {
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(hold, "hold");
      relations = List.copyOf(relations);
      if (relations.isEmpty()) {
        throw new IllegalArgumentException("a lock is taken on at least one relation");
      }
    }

    /** @return {@code MODE on schema.a, schema.b}, followed by {@code , one batch at a time} when it is held so */
    public String text() {
      return mode.words() + " on " + relations.stream().map(QualifiedName::toString).collect(Collectors.joining(", "))
          + (hold == Hold.ONE_BATCH_AT_A_TIME ? ", one batch at a time" : "");
    }
  }

  public Lock {
    parts = List.copyOf(parts);
  }

  /** @return {@code mode} on {@code relations}, named in the order given */
  public static Lock on(Mode mode, Collection<QualifiedName> relations) {
    return new Lock(List.of(new Part(mode, List.copyOf(relations), Hold.STATEMENT)));
  }

  /** @return {@code mode} on {@code relation} */
  public static Lock on(Mode mode, QualifiedName relation) {
    return on(mode, List.of(relation));
  }

  /** @return this lock and {@code mode} on {@code relation} after it */
  public Lock and(Mode mode, QualifiedName relation) {
    List<Part> more = new ArrayList<>(parts);
    more.add(new Part(mode, List.of(relation), Hold.STATEMENT));
    return new Lock(more);
  }

  /** @return this lock, held one committed batch at a time */
  public Lock oneBatchAtATime() {
    return new Lock(parts.stream().map(p -> new Part(p.mode(), p.relations(), Hold.ONE_BATCH_AT_A_TIME)).toList());
  }

  /** @return whether the statement takes no lock worth naming */
  public boolean isNone() {
    return parts.isEmpty();
  }

  /** @return the parts joined by {@code ; }, empty for {@link #NONE} */
  public String text() {
    return parts.stream().map(Part::text).collect(Collectors.joining("; "));
  }

  @Override
  public String toString() {
    return text();
  }
}
