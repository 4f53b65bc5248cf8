package dev.dovetail.diff.scratch;

/**
 * A run to kill: makes a scratch database (on the embedded server, or with {@code url} on a server given by its admin
 * URL), prints its name and then its server's folder, and waits to be killed.
 */
public final class KilledRun {

  private KilledRun() {}

  public static void main(String[] args) throws Exception {
    ScratchDatabase database;
    if (args.length > 0 && args[0].equals("url")) {
      database = new ServerScratchProvider(args[1], "postgres", null, "a server").create();
    } else {
      database = EmbeddedScratchProvider.shared().create();
    }
    System.out.println(database.name());
    System.out.flush();
    Thread.sleep(600_000);
  }
}
