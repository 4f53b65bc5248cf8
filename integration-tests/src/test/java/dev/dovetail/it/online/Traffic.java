package dev.dovetail.it.online;

import dev.dovetail.diff.scratch.ScratchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One version of an application at work on a database while migrations run: a writer thread that inserts and
 * updates rows in turn and a reader thread that reads them, each on its own connection, each sending a statement
 * every {@link #PACE_MILLIS} ms and timing every statement. Blocking shows as a statement that took long, so each
 * thread keeps every statement's start and duration, and reports its longest wait rather than an average.
 */
public final class Traffic {

  /** The pause after each statement: a steady pace, about a hundred statements a second per thread. */
  public static final long PACE_MILLIS = 5;

  private static final Duration PROGRESS_TIMEOUT = Duration.ofMinutes(1);
  private static final int ERRORS_KEPT = 20;

  private final Application application;
  private final Rows rows;
  private final Worker writer;
  private final Worker reader;
  private volatile boolean stopping;

  private Traffic(Application application, Rows rows, ScratchDatabase database) {
    this.application = application;
    this.rows = rows;
    this.writer = new Worker("writer", database);
    this.reader = new Worker("reader", database);
  }

  /**
   * Starts the application's writer and reader and returns once both have connected and prepared their statements.
   *
   * @param rows what this traffic shares with the traffic of other versions on the same table
   */
  public static Traffic start(ScratchDatabase database, Application application, Rows rows) {
    Traffic traffic = new Traffic(application, rows, database);
    traffic.writer.start();
    traffic.reader.start();
    traffic.writer.awaitReady();
    traffic.reader.awaitReady();
    return traffic;
  }

  /** Waits until the writer and the reader have each run {@code statements} more statements than they had. */
  public void awaitStatements(int statements) {
    writer.awaitStatements(statements);
    reader.awaitStatements(statements);
  }

  /** Stops both threads once their current statement returns, and reports what they saw. */
  public List<ThreadReport> stop() {
    stopping = true;
    return List.of(writer.join(), reader.join());
  }

  /**
   * What the writers of successive application versions share on one table: the numbers their inserts use, the
   * ids those inserts got, and the ids the table held before, which updates and reads pick from.
   */
  public static final class Rows {
    private final long initial;
    private final AtomicLong numbers = new AtomicLong();
    private final List<Long> inserted = new ArrayList<>();

    /** @param initial the number of rows the table held, with ids 1 to {@code initial} */
    public Rows(long initial) {
      this.initial = initial;
    }

    /** @return the number of rows the table held before the traffic started, ids 1 to this */
    public long initial() {
      return initial;
    }

    /** @return the ids of every row the writers inserted, in order */
    public synchronized List<Long> inserted() {
      return List.copyOf(inserted);
    }

    long nextNumber() {
      return numbers.incrementAndGet();
    }

    synchronized void add(long id) {
      inserted.add(id);
    }

    /** @return the id of a row that exists: half the time one of the initial rows, else one a writer inserted */
    synchronized long randomId(ThreadLocalRandom random) {
      if (inserted.isEmpty() || random.nextBoolean()) {
        return random.nextLong(1, initial + 1);
      }
      return inserted.get(random.nextInt(inserted.size()));
    }
  }

  /**
   * One statement as a thread saw it.
   *
   * @param statement which statement ({@code insert}, {@code update}, {@code read})
   * @param startNanos when it was sent, in {@link System#nanoTime()}
   * @param nanos how long it took until its result was read
   */
  public record Sample(String statement, long startNanos, long nanos) {

    /** @return whether the statement was running at some moment between {@code from} and {@code to} */
    public boolean overlaps(long from, long to) {
      return startNanos <= to && startNanos + nanos >= from;
    }
  }

  /**
   * What one thread of one application version saw.
   *
   * @param thread {@code writer} or {@code reader}
   * @param application the application's name
   * @param samples every statement it ran, in order
   * @param errorCount how many statements failed
   * @param errors the first failures' messages
   */
  public record ThreadReport(String thread, String application, List<Sample> samples, int errorCount, List<String> errors) {

    public ThreadReport {
      samples = List.copyOf(samples);
      errors = List.copyOf(errors);
    }

    /** @return the longest a statement of this thread took, zero without statements */
    public Duration maxWait() {
      return Duration.ofNanos(samples.stream().mapToLong(Sample::nanos).max().orElse(0));
    }

    /** @return the longest a statement of this thread took among those running between {@code from} and {@code to} */
    public Duration maxWait(long from, long to) {
      return Duration.ofNanos(samples.stream().filter(s -> s.overlaps(from, to)).mapToLong(Sample::nanos).max().orElse(0));
    }
  }

  /** One thread: its own connection, its prepared statements, its samples. */
  private final class Worker {
    private final String role;
    private final ScratchDatabase database;
    private final Thread thread;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Semaphore progress = new Semaphore(0);
    private final List<Sample> samples = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private int errorCount;
    private volatile Throwable crash;

    Worker(String role, ScratchDatabase database) {
      this.role = role;
      this.database = database;
      this.thread = new Thread(this::run, application.name() + " " + role);
      this.thread.setDaemon(true);
    }

    void start() {
      thread.start();
    }

    void awaitReady() {
      await(() -> ready.await(PROGRESS_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "connect");
    }

    void awaitStatements(int statements) {
      progress.drainPermits();
      await(() -> progress.tryAcquire(statements, PROGRESS_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "run " + statements + " statements");
    }

    private void await(Waiting waiting, String what) {
      try {
        if (!waiting.await() || crash != null) {
          throw new IllegalStateException(thread.getName() + " did not " + what, crash);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the " + thread.getName() + " was to " + what, e);
      }
    }

    ThreadReport join() {
      try {
        thread.join(PROGRESS_TIMEOUT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (thread.isAlive()) {
        throw new IllegalStateException(thread.getName() + " did not stop within " + PROGRESS_TIMEOUT);
      }
      if (crash != null) {
        throw new IllegalStateException(thread.getName() + " failed", crash);
      }
      return new ThreadReport(role, application.name(), samples, errorCount, errors);
    }

    private void run() {
      Properties options = new Properties();
      options.setProperty("ApplicationName", thread.getName());
      try (Connection connection = database.connect(options);
          PreparedStatement insert = connection.prepareStatement(application.insert());
          PreparedStatement update = connection.prepareStatement(application.update());
          PreparedStatement read = connection.prepareStatement(application.read())) {
        ready.countDown();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (long i = 0; !stopping; i++) {
          if ("writer".equals(role)) {
            if (i % 2 == 0) {
              time("insert", () -> insert(insert));
            } else {
              time("update", () -> update(update, rows.randomId(random)));
            }
          } else {
            time("read", () -> read(read, rows.randomId(random)));
          }
          progress.release();
          Thread.sleep(PACE_MILLIS);
        }
      } catch (Throwable e) {
        crash = e;
        ready.countDown();
      }
    }

    private void time(String statement, Sql sql) {
      long start = System.nanoTime();
      try {
        sql.run();
      } catch (SQLException e) {
        errorCount++;
        if (errors.size() < ERRORS_KEPT) {
          errors.add(statement + ": " + e.getMessage() + " [" + e.getSQLState() + "]");
        }
      }
      samples.add(new Sample(statement, start, System.nanoTime() - start));
    }

    private void insert(PreparedStatement insert) throws SQLException {
      insert.setLong(1, rows.nextNumber());
      try (ResultSet result = insert.executeQuery()) {
        if (!result.next()) {
          throw new SQLException("the insert returned no id");
        }
        rows.add(result.getLong(1));
      }
    }

    private void update(PreparedStatement update, long id) throws SQLException {
      update.setLong(1, id);
      if (update.executeUpdate() != 1) {
        throw new SQLException("no row with id " + id + " to update");
      }
    }

    private void read(PreparedStatement read, long id) throws SQLException {
      read.setLong(1, id);
      try (ResultSet result = read.executeQuery()) {
        if (!result.next()) {
          throw new SQLException("no row with id " + id + " to read");
        }
      }
    }
  }

  /** A statement to time. */
  @FunctionalInterface
  private interface Sql {
    void run() throws SQLException;
  }

  /** Something to wait for; {@code false} when it did not happen in time. */
  @FunctionalInterface
  private interface Waiting {
    boolean await() throws InterruptedException;
  }
}
