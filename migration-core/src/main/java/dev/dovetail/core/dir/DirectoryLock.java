package dev.dovetail.core.dir;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Semaphore;

/**
 * One writer at a time for migration directories: {@code diff}, {@code promote}, {@code rehash} and {@code init} hold it
 * from reading a directory's manifest to writing it, so that two runs started together cannot both number, write and
 * record the same change. The lock is the operating system's lock on a file in the temporary directory named after
 * the directory's real path (nothing is added to the project), so it is released when the process ends, even by
 * {@code kill -9}; within one JVM, a permit per directory keeps threads apart as well (not reentrant: a holder calls
 * the {@code …Locked} variants, such as {@link MigrationManifest#rehashLocked}).
 */
public final class DirectoryLock implements AutoCloseable {

  /** How long a run waits for another run on the same directories before it gives up, unless told otherwise. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

  private static final Map<String, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();

  private final List<Held> held;

  private record Held(Semaphore thread, FileChannel channel, FileLock lock) {}

  private DirectoryLock(List<Held> held) {
    this.held = held;
  }

  /**
   * Locks every directory, in a fixed order so that two runs locking the same ones cannot deadlock.
   *
   * @param goal what is about to happen, for the message ({@code "diff"})
   * @param wait how long to wait for another run
   * @throws MigrationException with {@link ErrorCode#DIRECTORY_LOCKED} when another run still holds one after
   *     {@code wait}
   */
  public static DirectoryLock acquire(String goal, Duration wait, Path... directories) {
    return acquire(goal, wait, null, directories);
  }

  /**
   * Locks every directory as {@link #acquire(String, Duration, Path...)} does, and says so through {@code waiting}
   * when another run holds one, before waiting for it: a run that waits a minute in silence looks hung.
   *
   * @param waiting told once per directory another run holds (which, and the process holding it when known), or null
   */
  public static DirectoryLock acquire(String goal, Duration wait, java.util.function.Consumer<String> waiting, Path... directories) {
    TreeSet<String> keys = new TreeSet<>();
    for (Path directory : directories) {
      if (directory != null) {
        keys.add(key(directory));
      }
    }
    long deadline = System.nanoTime() + wait.toNanos();
    List<Held> held = new ArrayList<>();
    try {
      for (String key : keys) {
        held.add(lock(key, goal, deadline, wait, waiting));
      }
      return new DirectoryLock(held);
    } catch (RuntimeException e) {
      new DirectoryLock(held).close();
      throw e;
    }
  }

  private static Held lock(String key, String goal, long deadline, Duration wait, java.util.function.Consumer<String> waiting) {
    Semaphore thread = IN_THIS_JVM.computeIfAbsent(key, k -> new Semaphore(1));
    boolean told = false;
    try {
      if (!thread.tryAcquire()) {
        told = tell(waiting, key, goal, wait, "another thread of this process");
        if (!thread.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
          throw locked(key, goal);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationException(ErrorCode.DIRECTORY_LOCKED, goal + " was interrupted while waiting for " + key, e);
    }
    FileChannel channel = null;
    try {
      Path file = Path.of(System.getProperty("java.io.tmpdir")).resolve("dovetail-" + hash(key) + ".lock");
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      while (true) {
        FileLock lock = channel.tryLock();
        if (lock != null) {
          channel.truncate(0);
          channel.write(java.nio.ByteBuffer.wrap((key + "\n" + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
          return new Held(thread, channel, lock);
        }
        if (!told) {
          told = tell(waiting, key, goal, wait, holder(file));
        }
        if (System.nanoTime() > deadline) {
          throw locked(key, goal);
        }
        Thread.sleep(100);
      }
    } catch (IOException e) {
      release(thread, channel, null);
      throw new MigrationException(ErrorCode.WRITE_FAILED, "locking " + key + " for " + goal + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      release(thread, channel, null);
      Thread.currentThread().interrupt();
      throw new MigrationException(ErrorCode.DIRECTORY_LOCKED, goal + " was interrupted while waiting for " + key, e);
    } catch (RuntimeException e) {
      release(thread, channel, null);
      throw e;
    }
  }

  /** @return true: the caller has been told */
  private static boolean tell(java.util.function.Consumer<String> waiting, String key, String goal, Duration wait, String holder) {
    if (waiting != null) {
      waiting.accept(key + " is held by " + holder + " (another Dovetail run writing there); " + goal + " waits for it, up to "
          + wait.toSeconds() + " s, and then reads what that run wrote");
    }
    return true;
  }

  /** @return the process that holds the lock file, as the holder wrote it there, or a general phrase */
  private static String holder(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return lines.size() >= 2 && lines.get(1).matches("[0-9]+") ? "process " + lines.get(1) : "another process";
    } catch (IOException e) {
      return "another process";
    }
  }

  private static MigrationException locked(String key, String goal) {
    return new MigrationException(ErrorCode.DIRECTORY_LOCKED, "another Dovetail run is writing " + key + ", so " + goal
        + " waited for it and then stopped before reading or writing anything; run it again when that run has finished"
        + " (two runs at once would write the same migrations twice)");
  }

  /** @return the directory's real path where it exists (links resolved), else its absolute normalised path */
  private static String key(Path directory) {
    Path absolute = directory.toAbsolutePath().normalize();
    try {
      return Files.exists(absolute) ? absolute.toRealPath().toString() : absolute.toString();
    } catch (IOException e) {
      return absolute.toString();
    }
  }

  private static String hash(String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  private static void release(Semaphore thread, FileChannel channel, FileLock lock) {
    try {
      if (lock != null) {
        lock.release();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (IOException ignored) {
      // closing the channel releases the lock; the file stays for the next run, which is fine
    } finally {
      thread.release();
    }
  }

  @Override
  public void close() {
    for (int i = held.size() - 1; i >= 0; i--) {
      release(held.get(i).thread(), held.get(i).channel(), held.get(i).lock());
    }
    held.clear();
  }
}
