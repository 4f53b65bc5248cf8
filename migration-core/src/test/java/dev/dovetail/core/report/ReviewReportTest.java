package dev.dovetail.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.change.AddConstraint;
import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.change.DropColumn;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.plan.Hazard;
import dev.dovetail.core.plan.HazardType;
import dev.dovetail.core.plan.Lock;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Phase;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.core.report.ReviewReport.Item;
import dev.dovetail.core.write.FlywayFormat;
import dev.dovetail.core.write.MigrationFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review report of realistic runs: migrations built as the planner builds them and rendered by
 * {@link FlywayFormat}. The HTML is checked parsed, as a browser would read it. Golden files: on a mismatch the
 * actual output lands in {@code target/golden-actual/} for review.
 */
class ReviewReportTest {

  private static final String MIGRATION_DIR = "src/main/resources/db/migration";
  private static final String CONTRACT_DIR = "src/main/resources/db/contract";
  private static final String HOSTILE = "a|b<script>alert(1)</script>";
  /** A file name has no slash. */
  private static final String HOSTILE_FILE = "V1__a|b<script>alert(1)<script>`.sql";

  private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
  private static final QualifiedName CUSTOMERS = QualifiedName.of("public", "customers");
  private static final QualifiedName USERS = QualifiedName.of("public", "users");

  private static final Hazard CONCURRENT_DROP =
      new Hazard(HazardType.NON_TRANSACTIONAL, "runs outside a transaction; DROP INDEX CONCURRENTLY waits for transactions using the index");
  private static final Hazard CONCURRENT_BUILD =
      new Hazard(
          HazardType.NON_TRANSACTIONAL,
          "runs outside a transaction; if the build fails it leaves an INVALID index, which the DROP INDEX CONCURRENTLY IF EXISTS"
              + " before it removes when the file runs again");
  private static final Hazard CONCURRENT_BUILD_TIME =
      new Hazard(HazardType.LONG_RUNNING, "CREATE INDEX CONCURRENTLY scans the table twice and waits for running transactions; writes go on meanwhile");
  private static final Hazard VALIDATE_SCAN =
      new Hazard(HazardType.LONG_RUNNING, "VALIDATE CONSTRAINT scans every row; reads and writes go on meanwhile");
  private static final Hazard DATA_LOSS_COLUMN =
      new Hazard(HazardType.DATA_LOSS, "the column's values are deleted; back them up first if they matter");
  private static final Hazard STRUCTURE_ONLY =
      new Hazard(HazardType.DOWN_RESTORES_STRUCTURE_ONLY, "the down migration recreates the structure, not the data");

  // ---------------------------------------------------------------- markdown

  @Test
  void summarisesPhasesAndHazardsAndTellsTheReviewerWhatToCheck() {
    String markdown = fullRun().markdown();

    assertThat(markdown).startsWith("# Migration review\n\n"
        + "4 migrations: 3 expand, 0 data, 1 contract; hazards: 1 DATA_LOSS, 2 LONG_RUNNING, 1 NON_TRANSACTIONAL,"
        + " 1 DOWN_RESTORES_STRUCTURE_ONLY.\n\n"
        + "Check every hazard below before deploying. The contract migration waits in `src/main/resources/db/contract`:"
        + " Flyway does not run it until `mvn migrations:promote` moves it, once every instance runs the new version.\n\n");
  }

  @Test
  void aRunWithoutHazardsSaysSo() {
    String markdown = new ReviewReport(items(List.of(addForeignKeyNotValid()), MIGRATION_DIR)).markdown();

    assertThat(markdown).startsWith("# Migration review\n\n"
        + "1 migration: 1 expand, 0 data, 0 contract; hazards: none.\n\n"
        + "No hazards: review the SQL below as usual.\n\n");
  }

  @Test
  void namesEveryDirectoryWhereContractMigrationsWait() {
    Migration drop = dropColumnEmail();
    List<Item> items = new ArrayList<>(items(List.of(drop), CONTRACT_DIR, 1));
    items.addAll(items(List.of(drop), "db/contract", 2));

    assertThat(new ReviewReport(items).markdown()).contains("\n\nCheck every hazard below before deploying. The 2 contract"
        + " migrations wait in `src/main/resources/db/contract`, `db/contract`: Flyway does not run them until"
        + " `mvn migrations:promote` moves them, once every instance runs the new version.\n\n");
  }

  @Test
  void tableHasOneRowPerMigrationWithTransactionLocksAndHazardTypes() {
    List<String> lines = fullRun().markdown().lines().toList();

    assertThat(lines).containsSubsequence(
        "| # | file | phase | transaction | locks | hazards |",
        "|---:|---|---|---|---|---|",
        "| 1 | `V20260101000001__create_index_orders_customer_id.sql` | expand | **no** | `SHARE UPDATE EXCLUSIVE on public.orders`"
            + " | **NON_TRANSACTIONAL**, **LONG_RUNNING** |",
        "| 2 | `V20260101000002__add_fk_orders_customer_id.sql` | expand | yes | `SHARE ROW EXCLUSIVE on public.customers, public.orders`"
            + " | none |",
        "| 3 | `V20260101000003__validate_fk_orders_customer_id.sql` | expand | yes"
            + " | `SHARE UPDATE EXCLUSIVE on public.orders; ROW SHARE on public.customers` | **LONG_RUNNING** |",
        "| 4 | `V20260101000004__contract_drop_column_users_email.sql` | contract | yes | `ACCESS EXCLUSIVE on public.users`"
            + " | **DATA_LOSS**, **DOWN_RESTORES_STRUCTURE_ONLY** |");
    assertThat(lines.stream().filter(l -> l.startsWith("| ")).count()).isEqualTo(5);
  }

  @Test
  void sectionSaysWhyAMigrationRunsOutsideATransactionAndListsItsLocksAndHazards() {
    String markdown = fullRun().markdown();

    assertThat(markdown).contains("## 1. `V20260101000001__create_index_orders_customer_id.sql`\n\n"
        + "- description: Creates index orders_customer_id_idx on public.orders. Built concurrently: writes go on during the build.\n"
        + "- directory: `src/main/resources/db/migration`\n"
        + "- phase: expand\n"
        + "- runs in a transaction: **no** (its `V20260101000001__create_index_orders_customer_id.sql.conf` sets"
        + " `executeInTransaction=false`)\n"
        + "- locks:\n"
        + "  - `SHARE UPDATE EXCLUSIVE on public.orders`\n"
        + "- hazards:\n"
        + "  - **NON_TRANSACTIONAL**: runs outside a transaction; DROP INDEX CONCURRENTLY waits for transactions using the index\n"
        + "  - **NON_TRANSACTIONAL**: runs outside a transaction; if the build fails it leaves an INVALID index, which the DROP INDEX"
        + " CONCURRENTLY IF EXISTS before it removes when the file runs again\n"
        + "  - **LONG_RUNNING**: CREATE INDEX CONCURRENTLY scans the table twice and waits for running transactions; writes go on"
        + " meanwhile\n");
    assertThat(markdown).contains("## 2. `V20260101000002__add_fk_orders_customer_id.sql`\n\n"
        + "- description: Adds constraint orders_customer_id_fkey to public.orders NOT VALID: new rows are checked from now on,"
        + " existing rows by the next migration.\n"
        + "- directory: `src/main/resources/db/migration`\n"
        + "- phase: expand\n"
        + "- runs in a transaction: yes\n"
        + "- locks:\n"
        + "  - `SHARE ROW EXCLUSIVE on public.customers, public.orders`\n"
        + "- hazards: none\n");
    assertThat(markdown).contains("- locks:\n"
        + "  - `SHARE UPDATE EXCLUSIVE on public.orders; ROW SHARE on public.customers`\n"
        + "- hazards:\n"
        + "  - **LONG_RUNNING**: VALIDATE CONSTRAINT scans every row; reads and writes go on meanwhile\n");
    assertThat(markdown).contains("- directory: `src/main/resources/db/contract`\n- phase: contract\n");
  }

  @Test
  void upAndDownFilesAppearVerbatimInSqlFences() {
    ReviewReport report = fullRun();
    String markdown = report.markdown();

    for (Item item : report.items()) {
      assertThat(markdown).contains("Up, `" + item.up().fileName() + "`:\n\n```sql\n" + item.up().content() + "```\n");
      assertThat(markdown).contains("Down, `" + item.down().fileName() + "`:\n\n```sql\n" + item.down().content() + "```\n");
    }
  }

  @Test
  void saysSoWhenAMigrationHasNoDownFile() {
    Item item = items(List.of(addForeignKeyNotValid()), MIGRATION_DIR).get(0);
    ReviewReport report = new ReviewReport(List.of(new Item(item.migration(), item.directory(), item.up(), null)));

    assertThat(report.markdown()).endsWith("```\n\nNo down file.\n");
    assertThat(report.html()).contains("<p>No down file.</p>");
  }

  @Test
  void aFenceIsLongerThanAnyRunOfBackticksInTheFile() {
    String content = "-- the name ```weird``` and ````four````\nSELECT 1;\n";
    ReviewReport report = report(hostileMigration("note"), new MigrationFile("V1__weird.sql", content), null);

    assertThat(report.markdown()).contains("`````sql\n" + content + "`````\n");
    assertThat(preTexts(Jsoup.parse(report.html()))).containsExactly(content);
  }

  @Test
  void escapesWhatWouldBreakTheTableOrBecomeMarkup() {
    Migration migration = new Migration(
        "add_column_we_ird",
        "Adds column " + HOSTILE + " *bold* _em_ [link](http://example.com) `tick` & $x$ ~~strike~~ \\ to public.\"we|ird\".",
        Phase.EXPAND,
        DropColumn.of(USERS, Column.of("email", "text")).inverse(),
        List.of(Statement.of("ALTER TABLE public.\"we|ird\" ADD COLUMN \"" + HOSTILE + "\" text",
            Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, new QualifiedName("public", "we|ird`x`\nnext line")), new Hazard(HazardType.NEEDS_REVIEW, "check " + HOSTILE))),
        List.of());

    String markdown = report(migration, new MigrationFile("V1__add_column_we_ird.sql", "SELECT 1;\n"), null).markdown();

    assertThat(markdown).contains(
        "| 1 | `V1__add_column_we_ird.sql` | expand | yes | ``ACCESS EXCLUSIVE on public.we\\|ird`x` next line``"
            + " | **NEEDS_REVIEW** |\n");
    assertThat(markdown).contains("- description: Adds column a\\|b\\<script\\>alert(1)\\</script\\> \\*bold\\* \\_em\\_"
        + " \\[link\\](http://example.com) \\`tick\\` \\& \\$x\\$ \\~\\~strike\\~\\~ \\\\ to public.\"we\\|ird\".\n");
    assertThat(markdown).contains("  - ``ACCESS EXCLUSIVE on public.we|ird`x` next line``\n");
    assertThat(markdown).contains("  - **NEEDS_REVIEW**: check a\\|b\\<script\\>alert(1)\\</script\\>\n");
  }

  @Test
  void showsInvisibleAndBidirectionalCharactersAndWarnsAboutThemInFiles() {
    String trojan = "users\u202E\u200B";
    Migration migration = new Migration(
        "drop_table_u", "Drops table public." + trojan + ".", Phase.CONTRACT, DropColumn.of(USERS, Column.of("email", "text")),
        List.of(Statement.of("DROP TABLE public.\"" + trojan + "\"", Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, new QualifiedName("public", trojan)))), List.of());
    String content = "DROP TABLE public.\"" + trojan + "\";\n";

    String markdown = report(migration, new MigrationFile("V1__drop_table_u.sql", content), null).markdown();

    assertThat(markdown).contains("| `ACCESS EXCLUSIVE on public.users<U+202E><U+200B>` |");
    assertThat(markdown).contains("- description: Drops table public.users\\<U+202E\\>\\<U+200B\\>.\n");
    assertThat(markdown).contains("```sql\n" + content + "```\n\n**Warning:** this file contains invisible or bidirectional"
        + " control characters (U+202E, U+200B): what is shown above may not be what PostgreSQL runs.\n");
  }

  @Test
  void keepsUnicodeIdentifiers() {
    Migration migration = new Migration(
        "create_index_u", "Creates index 数据_idx on public.数据.", Phase.EXPAND, new CreateIndex(index()),
        List.of(Statement.of("CREATE INDEX \"数据_idx\" ON public.\"数据\" (名)", Lock.on(Lock.Mode.SHARE, new QualifiedName("public", "数据")))), List.of());

    String markdown = report(migration, new MigrationFile("V1__create_index_u.sql", "SELECT 1;\n"), null).markdown();

    assertThat(markdown).contains("| `SHARE on public.数据` |").contains("- description: Creates index 数据_idx on public.数据.\n");
  }

  @Test
  void goldenReportOfTwoMigrations() throws IOException {
    List<Item> items = new ArrayList<>(items(List.of(createIndexConcurrently()), MIGRATION_DIR));
    items.addAll(items(List.of(dropColumnEmail()), CONTRACT_DIR, 2));

    assertGolden("review.md", new ReviewReport(items).markdown());
  }

  @Test
  void anEmptyReportSaysTheSchemaIsUpToDate() {
    ReviewReport report = new ReviewReport(List.of());

    assertThat(report.markdown()).isEqualTo(
        "# Migration review\n\nThe schema is up to date: this `migrations:diff` run wrote no migration.\n");
    Document html = Jsoup.parse(report.html());
    assertThat(html.title()).isEqualTo("Migration review: schema up to date");
    assertThat(html.select("table")).isEmpty();
    assertThat(html.select("main p").text()).isEqualTo("The schema is up to date: this migrations:diff run wrote no migration.");
  }

  // ---------------------------------------------------------------- HTML

  @Test
  void htmlIsOneSelfContainedPage() {
    String html = fullRun().html();
    Document doc = Jsoup.parse(html);

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    assertThat(doc.title()).isEqualTo("Migration review: 4 migrations");
    assertThat(doc.select("script, link, img, iframe, object, embed, base, form")).isEmpty();
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.select("style").first().data()).doesNotContain("url(", "@import").contains("tr.hazard");
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
    assertNoExternalReference(doc);
  }

  @Test
  void htmlTableHasOneRowPerMigrationAndMarksThoseWithHazards() {
    ReviewReport report = fullRun();
    Document doc = Jsoup.parse(report.html());

    Elements tables = doc.select("table");
    assertThat(tables).hasSize(1);
    assertThat(tables.select("thead th").eachText()).containsExactly("#", "file", "phase", "transaction", "locks", "hazards");
    Elements rows = tables.select("tbody tr");
    assertThat(rows).hasSize(report.items().size());
    assertThat(rows).allSatisfy(row -> assertThat(row.select("td")).hasSize(6));
    assertThat(rows.get(0).select("td").eachText()).containsExactly(
        "1", "V20260101000001__create_index_orders_customer_id.sql", "expand", "no", "SHARE UPDATE EXCLUSIVE on public.orders",
        "NON_TRANSACTIONAL, LONG_RUNNING");
    assertThat(rows.eachAttr("class")).containsExactly("hazard", "hazard", "hazard");
    assertThat(rows.get(1).hasClass("hazard")).isFalse();
    assertThat(doc.select("h2").eachText()).containsExactly(
        "1. V20260101000001__create_index_orders_customer_id.sql",
        "2. V20260101000002__add_fk_orders_customer_id.sql",
        "3. V20260101000003__validate_fk_orders_customer_id.sql",
        "4. V20260101000004__contract_drop_column_users_email.sql");
  }

  @Test
  void htmlShowsEveryFileVerbatimAsSqlCode() {
    ReviewReport report = fullRun();
    Document doc = Jsoup.parse(report.html());

    List<String> expected = new ArrayList<>();
    report.items().forEach(item -> {
      expected.add(item.up().content());
      expected.add(item.down().content());
    });
    assertThat(preTexts(doc)).containsExactlyElementsOf(expected);
    assertThat(doc.select("pre > code").eachAttr("class")).containsOnly("language-sql");
  }

  @Test
  void aHostileIdentifierComesOutAsText() {
    Migration migration = hostileMigration("Creates index \"" + HOSTILE + "\" on public.orders.");
    String content = "-- " + HOSTILE + "\nCREATE INDEX \"" + HOSTILE + "\" ON public.orders (id);\n";
    Document doc = Jsoup.parse(report(migration, new MigrationFile(HOSTILE_FILE, content), null).html());

    assertThat(doc.select("script")).isEmpty();
    assertNoExternalReference(doc);
    Element row = doc.select("table tbody tr").first();
    assertThat(row.select("td")).hasSize(6);
    assertThat(row.select("td").get(1).text()).isEqualTo(HOSTILE_FILE);
    assertThat(row.select("td").get(4).text()).isEqualTo("ACCESS EXCLUSIVE on public.\"" + HOSTILE + "\"");
    assertThat(doc.select("li").eachText()).contains("description: Creates index \"" + HOSTILE + "\" on public.orders.");
    assertThat(doc.select("li").eachText()).contains("NEEDS_REVIEW: named \"" + HOSTILE + "\"");
    assertThat(preTexts(doc)).containsExactly(content);
    assertThat(doc.select("h2").text()).isEqualTo("1. " + HOSTILE_FILE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a|b", "a\\|b", "ends with \\", "\\", "|", "`a`", "``", "a ` b", "  padded  ", "x\ny",
      "*_~$[]()!#", "<b>&amp;</b>", "_a_", "\\`|`\\"})
  void textComesBackAsWrittenFromTableCellsAndDescriptions(String identifier) {
    Migration migration = new Migration(
        "add_column_x", identifier, Phase.EXPAND, DropColumn.of(USERS, Column.of("email", "text")).inverse(),
        List.of(Statement.of("SELECT 1", Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, new QualifiedName("public", identifier)))), List.of());
    Document doc = Jsoup.parse(report(migration, new MigrationFile("V1__add_column_x.sql", "SELECT 1;\n"), null).html());

    String oneLine = identifier.replace("\n", " ");
    Elements cells = doc.select("table tbody tr td");
    assertThat(cells).hasSize(6);
    assertThat(cells.get(4).select("code").first().wholeText()).isEqualTo("ACCESS EXCLUSIVE on public." + oneLine);
    // Prose loses trailing spaces at the end of its line, as markdown does; code spans keep them.
    assertThat(doc.select("li").first().wholeText()).isEqualTo("description: " + oneLine.stripTrailing());
  }

  @Test
  void aLinkInADescriptionStaysText() {
    Migration migration = hostileMigration("See [docs](https://example.com/x) and <https://example.com/y> and ![i](http://example.com/i.png).");
    Document doc = Jsoup.parse(report(migration, new MigrationFile("V1__x.sql", "SELECT 1;\n"), null).html());

    assertNoExternalReference(doc);
    assertThat(doc.select("a, img")).isEmpty();
    assertThat(doc.select("li").first().text())
        .isEqualTo("description: See [docs](https://example.com/x) and <https://example.com/y> and ![i](http://example.com/i.png).");
  }

  // ---------------------------------------------------------------- write

  @Test
  void writesBothFilesIntoADirectoryItCreates(@TempDir Path temp) throws IOException {
    ReviewReport report = fullRun();
    Path directory = temp.resolve("target/migrations");

    List<Path> written = report.write(directory);

    assertThat(written).containsExactly(directory.resolve("review.md"), directory.resolve("review.html"));
    assertThat(Files.readString(written.get(0), StandardCharsets.UTF_8)).isEqualTo(report.markdown());
    assertThat(Files.readString(written.get(1), StandardCharsets.UTF_8)).isEqualTo(report.html());
  }

  @Test
  void anEmptyRunOverwritesTheReportOfAnEarlierOne(@TempDir Path temp) throws IOException {
    fullRun().write(temp);

    List<Path> written = new ReviewReport(List.of()).write(temp);

    assertThat(Files.readString(written.get(0), StandardCharsets.UTF_8)).contains("The schema is up to date").doesNotContain("V2026");
    assertThat(Files.readString(written.get(1), StandardCharsets.UTF_8)).contains("The schema is up to date").doesNotContain("V2026");
  }

  @Test
  void failsWithWriteFailedWhenTheDirectoryIsAFile(@TempDir Path temp) throws IOException {
    Path file = Files.writeString(temp.resolve("migrations"), "not a directory");

    assertThatThrownBy(() -> new ReviewReport(List.of()).write(file))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("writing the review report to " + file)
        .extracting(e -> ((MigrationException) e).code())
        .isEqualTo(ErrorCode.WRITE_FAILED);
  }

  // ---------------------------------------------------------------- fixtures

  /** A concurrent index build, an FK added NOT VALID and then validated, and a contract drop. */
  private static ReviewReport fullRun() {
    List<Item> items = new ArrayList<>(items(
        List.of(createIndexConcurrently(), addForeignKeyNotValid(), validateForeignKey()), MIGRATION_DIR, 1));
    items.addAll(items(List.of(dropColumnEmail()), CONTRACT_DIR, 4));
    return new ReviewReport(items);
  }

  private static List<Item> items(List<Migration> migrations, String directory) {
    return items(migrations, directory, 1);
  }

  /** Renders the migrations as the generator does, versions counting up from {@code first}. */
  private static List<Item> items(List<Migration> migrations, String directory, int first) {
    List<String> versions = new ArrayList<>();
    for (int i = 0; i < migrations.size(); i++) {
      versions.add(String.valueOf(20260101000000L + first + i));
    }
    List<MigrationFile> files = new FlywayFormat().render(new MigrationPlan(migrations), versions);
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < migrations.size(); i++) {
      Migration migration = migrations.get(i);
      String suffix = versions.get(i) + "__" + migration.name() + ".sql";
      items.add(new Item(migration, directory, file(files, "V" + suffix), file(files, "U" + suffix)));
    }
    return items;
  }

  private static MigrationFile file(List<MigrationFile> files, String name) {
    return files.stream().filter(f -> f.fileName().equals(name)).findFirst().orElseThrow();
  }

  private static ReviewReport report(Migration migration, MigrationFile up, MigrationFile down) {
    return new ReviewReport(List.of(new Item(migration, MIGRATION_DIR, up, down)));
  }

  private static Index index() {
    return new Index("orders_customer_id_idx", ORDERS, false, "btree", List.of("customer_id"), List.of(), null,
        "CREATE INDEX orders_customer_id_idx ON public.orders USING btree (customer_id)", null);
  }

  private static Migration createIndexConcurrently() {
    Statement drop = Statement.of("DROP INDEX CONCURRENTLY IF EXISTS public.orders_customer_id_idx",
        Lock.on(Lock.Mode.SHARE_UPDATE_EXCLUSIVE, ORDERS), CONCURRENT_DROP);
    return new Migration(
        "create_index_orders_customer_id",
        "Creates index orders_customer_id_idx on public.orders. Built concurrently: writes go on during the build.",
        Phase.EXPAND,
        new CreateIndex(index()),
        List.of(drop, Statement.of("CREATE INDEX CONCURRENTLY orders_customer_id_idx ON public.orders USING btree (customer_id)",
            Lock.on(Lock.Mode.SHARE_UPDATE_EXCLUSIVE, ORDERS), CONCURRENT_BUILD, CONCURRENT_BUILD_TIME)),
        List.of(drop),
        false);
  }

  private static ForeignKey foreignKey() {
    return new ForeignKey("orders_customer_id_fkey", List.of("customer_id"), CUSTOMERS, List.of("id"),
        ForeignKey.Action.NO_ACTION, ForeignKey.Action.NO_ACTION, false, false,
        "FOREIGN KEY (customer_id) REFERENCES public.customers(id)", null);
  }

  private static Migration addForeignKeyNotValid() {
    return new Migration(
        "add_fk_orders_customer_id",
        "Adds constraint orders_customer_id_fkey to public.orders NOT VALID: new rows are checked from now on, existing rows"
            + " by the next migration.",
        Phase.EXPAND,
        new AddConstraint(ORDERS, foreignKey()),
        List.of(Statement.of("ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id)"
            + " REFERENCES public.customers(id) NOT VALID", Lock.on(Lock.Mode.SHARE_ROW_EXCLUSIVE, List.of(new QualifiedName("public", "customers"), ORDERS)))),
        List.of(Statement.of("ALTER TABLE public.orders DROP CONSTRAINT orders_customer_id_fkey", Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, ORDERS))));
  }

  private static Migration validateForeignKey() {
    return new Migration(
        "validate_fk_orders_customer_id",
        "Validates constraint orders_customer_id_fkey of public.orders against the existing rows.",
        Phase.EXPAND,
        new AddConstraint(ORDERS, foreignKey()),
        List.of(Statement.of("ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_id_fkey",
            Lock.on(Lock.Mode.SHARE_UPDATE_EXCLUSIVE, ORDERS).and(Lock.Mode.ROW_SHARE, new QualifiedName("public", "customers")), VALIDATE_SCAN)),
        List.of());
  }

  private static Migration dropColumnEmail() {
    DropColumn change = DropColumn.of(USERS, Column.of("email", "text"));
    return new Migration(
        "contract_drop_column_users_email",
        "Drops column email of public.users and its data.",
        Phase.CONTRACT,
        change,
        List.of(Statement.of("ALTER TABLE public.users DROP COLUMN email", Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, USERS), DATA_LOSS_COLUMN, STRUCTURE_ONLY)),
        List.of(Statement.of("ALTER TABLE public.users ADD COLUMN email text", Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, USERS))));
  }

  private static Migration hostileMigration(String description) {
    return new Migration(
        "create_index_hostile",
        description,
        Phase.EXPAND,
        new CreateIndex(index()),
        List.of(Statement.of("CREATE INDEX \"" + HOSTILE + "\" ON public.orders (id)", Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, new QualifiedName("public", "\"" + HOSTILE + "\"")),
            new Hazard(HazardType.NEEDS_REVIEW, "named \"" + HOSTILE + "\""))),
        List.of());
  }

  // ---------------------------------------------------------------- helpers

  private static List<String> preTexts(Document doc) {
    return doc.select("pre > code").stream().map(Element::wholeText).toList();
  }

  /** No attribute anywhere loads or links to something outside the page. */
  private static void assertNoExternalReference(Document doc) {
    for (Element element : doc.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        if (attribute.getKey().equals("src") || attribute.getKey().equals("href")) {
          assertThat(attribute.getValue()).as("%s on <%s>", attribute.getKey(), element.tagName()).doesNotContainIgnoringCase("http");
        }
        assertThat(attribute.getKey()).as("event handler on <%s>", element.tagName()).doesNotStartWith("on");
      }
    }
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path golden = Path.of("src/test/resources/report", name);
    String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
    if (!expected.equals(actual)) {
      Path out = Path.of("target/golden-actual/report", name);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("golden " + golden + " (actual written to target/golden-actual/report/" + name + ")").isEqualTo(expected);
  }
}
