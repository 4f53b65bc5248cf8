package dev.dovetail.core;

import java.util.Objects;

/**
 * The root of Dovetail's unchecked exceptions. Every failure carries an {@link ErrorCode} so that callers
 * (the Maven plugin, tests) can tell user errors from internal ones without parsing messages.
 */
public class MigrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public MigrationException(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public MigrationException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** @return the stable code of this failure */
  public ErrorCode code() {
    return code;
  }
}
