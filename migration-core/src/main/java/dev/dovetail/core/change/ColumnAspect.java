package dev.dovetail.core.change;

/** What an {@link AlterColumn} changes. */
public enum ColumnAspect {
  TYPE,
  COLLATION,
  NOT_NULL,
  DEFAULT,
  IDENTITY,
  GENERATED
}
