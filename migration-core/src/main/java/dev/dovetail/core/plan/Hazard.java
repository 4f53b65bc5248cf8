package dev.dovetail.core.plan;

import java.util.Objects;

/**
 * A hazard of one statement, attached by the code that decided the statement and knows its lock.
 *
 * @param type the hazard type
 * @param message what happens and what to do about it
 */
public record Hazard(HazardType type, String message) {

  public Hazard {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(message, "message");
  }
}
