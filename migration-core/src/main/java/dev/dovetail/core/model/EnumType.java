package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An enum type.
 *
 * @param name the qualified name
 * @param reference how column types and definitions name it ({@code format_type}, schema-qualified and quoted)
 * @param labels the labels in sort order
 * @param comment the type's comment, or null
 */
public record EnumType(QualifiedName name, String reference, List<String> labels, String comment) implements java.io.Serializable {

  public EnumType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reference, "reference");
    labels = List.copyOf(labels);
  }

  /** @return a copy with other labels */
  public EnumType withLabels(List<String> newLabels) {
    return new EnumType(name, reference, newLabels, comment);
  }

  /** @return a copy with another comment */
  public EnumType withComment(String newComment) {
    return new EnumType(name, reference, labels, newComment);
  }

  /**
   * @return whether {@code other} only adds labels: every label of this type is in {@code other}, in the same
   *     order, so {@code ALTER TYPE … ADD VALUE} can get there
   */
  public boolean extendedBy(EnumType other) {
    int next = 0;
    for (String label : other.labels) {
      if (next < labels.size() && labels.get(next).equals(label)) {
        next++;
      } else if (labels.contains(label)) {
        return false;
      }
    }
    return next == labels.size();
  }
}
