package dev.dovetail.core.model;

/**
 * How a column's values are converted when its type changes, as the declared schema states it where no cast does
 * (a {@code bigint} of epoch seconds to a {@code timestamptz}: {@code to_timestamp(c)}). Each expression names the
 * column (unqualified) and nothing else of its row: the same expression serves {@code ALTER … TYPE … USING}, the
 * backfill of a shadow column and the trigger that converts every write.
 *
 * @param expression the value of the new type, from the column's value of the old type; null when it is cast as usual
 *     (the conversion of a down whose hint states none)
 * @param back the value of the old type, from the column's value of the new type, for the down; null when the
 *     down casts as usual
 */
public record ColumnConversion(String expression, String back) implements java.io.Serializable {

  public ColumnConversion {
    if (expression == null && back == null) {
      throw new IllegalArgumentException("a conversion states at least one expression");
    }
  }

  /** @return the conversion of the down: the two expressions swapped */
  public ColumnConversion reversed() {
    return new ColumnConversion(back, expression);
  }
}
