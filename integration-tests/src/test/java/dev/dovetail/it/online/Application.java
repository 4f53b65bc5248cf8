package dev.dovetail.it.online;

import java.util.Objects;

/**
 * The statements one version of an application sends to one table, for {@link Traffic} to replay at a steady pace.
 *
 * <p>The table's key is a {@code bigint} column {@code id}. Each statement takes one {@code bigint} parameter:
 *
 * @param name how reports name this version ({@code old application}, {@code new application})
 * @param table the table whose rows the application owns, for the check that no row was lost
 * @param insert inserts one row from a number no other insert uses, and returns the new row's {@code id}
 * @param update changes the row with the given {@code id}; an update that finds no row counts as an error
 * @param read reads the row with the given {@code id}
 */
public record Application(String name, String table, String insert, String update, String read) {

  public Application {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(insert, "insert");
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(read, "read");
  }
}
