package dev.dovetail.diff;

/** Where the library reports what it is doing; the Maven plugin forwards it to the build log. */
public interface Progress {

  /** A progress step worth a line in the log. */
  void info(String message);

  /** Something the user should look at, though the run goes on. */
  void warn(String message);

  /** @return a sink that adds every message, info and warning alike, to {@code messages} (for tests and tools) */
  static Progress into(java.util.List<String> messages) {
    return new Progress() {
      @Override
      public void info(String message) {
        messages.add(message);
      }

      @Override
      public void warn(String message) {
        messages.add(message);
      }
    };
  }

  /** @return a sink that discards everything */
  static Progress silent() {
    return new Progress() {
      @Override
      public void info(String message) {}

      @Override
      public void warn(String message) {}
    };
  }
}
