package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Phase;
import dev.dovetail.core.write.FlywayFormat;
import dev.dovetail.core.write.MigrationFile;
import dev.dovetail.diff.plan.PlanOptions;
import dev.dovetail.diff.plan.Planner;
import dev.dovetail.diff.prove.HintedDiff;
import dev.dovetail.diff.prove.SchemaBuilder;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.source.RenameHints;
import dev.dovetail.diff.source.SqlScript;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recipe book: one case per safe recipe ({@code recipes/<nn-name>/before.sql} and
 * {@code after.sql}, whose first lines give the recipe's title and why it exists). For each case the planned files
 * (names, phases, headers, SQL) must equal the golden files in {@code expected/}, the plan must survive the round
 * trip with recipes on and off, and {@code docs/recipes.md} must be exactly what these cases generate, so that
 * the documentation cannot go stale.
 *
 * <p>After an intended change, {@code -Drecipes.update=true} rewrites the golden files and the page; review the
 * difference like code.
 */
class RecipeBookIT {

  private static final Path SOURCE = Path.of("src/test/resources/recipes");
  private static final Path DOC = Path.of("../docs/recipes.md");
  private static final boolean UPDATE = Boolean.getBoolean("recipes.update");

  /** A recipe case: a corpus-style {@code before.sql} and {@code after.sql}, whose first lines say what it shows. */
  record Recipe(CorpusCase files) {

    String name() {
      return files.name();
    }

    SqlScript before() {
      return files.before();
    }

    SqlScript after() {
      return files.after();
    }

    /** @return the recipe's title, from the {@code -- Recipe:} line of {@code before.sql} */
    String title() {
      String prefix = "-- Recipe:";
      return before().text().lines().filter(l -> l.startsWith(prefix)).findFirst()
          .orElseThrow(() -> new IllegalStateException(name() + "/before.sql has no '" + prefix + "' line"))
          .substring(prefix.length()).strip();
    }

    /** @return why the recipe exists, from the comment line after the title */
    String why() {
      return before().text().lines().skip(1).findFirst().orElseThrow().replaceFirst("^--\\s*", "");
    }

    /** @return the script without the leading comment lines, as the page shows it */
    static String body(SqlScript script) {
      return script.text().lines().dropWhile(l -> l.startsWith("--")).collect(Collectors.joining("\n")).strip();
    }

    @Override
    public String toString() {
      return name();
    }
  }

  static List<Recipe> recipes() throws IOException, URISyntaxException {
    Path root = Path.of(RecipeBookIT.class.getResource("/recipes").toURI());
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).sorted().map(d -> new Recipe(new CorpusCase(d.getFileName().toString(), d))).toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  @Execution(ExecutionMode.CONCURRENT) // each recipe on scratch databases of its own
  void plannedFilesAreTheGoldenOnes(Recipe recipe) throws Exception {
    List<MigrationFile> files = files(recipe);
    Path expected = SOURCE.resolve(recipe.name()).resolve("expected");
    if (UPDATE) {
      write(expected, files);
    }
    List<String> goldenNames = goldenNames(expected);
    assertThat(files.stream().map(MigrationFile::fileName).toList()).as("files planned for " + recipe).isEqualTo(goldenNames);
    for (MigrationFile file : files) {
      Path golden = expected.resolve(file.fileName());
      String content = Files.readString(golden, StandardCharsets.UTF_8);
      if (!content.equals(file.content())) {
        Path actual = Path.of("target/golden-actual/recipes", recipe.name(), file.fileName());
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, file.content(), StandardCharsets.UTF_8);
      }
      assertThat(file.content())
          .as(golden + " (actual in target/golden-actual/recipes; -Drecipes.update=true rewrites the golden files)")
          .isEqualTo(content);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  @Execution(ExecutionMode.CONCURRENT) // each recipe on scratch databases of its own
  void roundTripHoldsWithRecipesAndInPlainForm(Recipe recipe) throws Exception {
    assertThat(new RoundTrip().keepingData(DATA, recipe + " (recipes)").check(recipe.before(), recipe.after())).isPositive();
    assertThat(new RoundTrip(false, PlanOptions.PLAIN).keepingData(DATA, recipe + " (plain)").check(recipe.before(), recipe.after()))
        .isPositive();
  }

  /**
   * The same recipe with every name it declares made 63 bytes long ({@link LongNames}): the shadow columns, temporary
   * indexes, staging types and file names Dovetail derives must be cut to PostgreSQL's limit and stay distinct from the
   * names they come from and from each other.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  @Execution(ExecutionMode.CONCURRENT) // each recipe on scratch databases of its own
  void roundTripHoldsWithNamesOf63Bytes(Recipe recipe) throws Exception {
    LongNames names = LongNames.of(recipe.before(), recipe.after());
    SqlScript before = names.apply(recipe.before());
    SqlScript after = names.apply(recipe.after());
    assertThat(RoundTrip.modelOf(after).tables())
        .as("every table of the lengthened " + recipe + " has a name of 63 bytes")
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.name().name()).hasSize(LongNames.MAX_BYTES));
    assertThat(new RoundTrip().check(before, after)).isPositive();
  }

  @Test
  void recipesPageIsGeneratedFromTheseCases() throws Exception {
    String page = page();
    if (UPDATE) {
      Files.writeString(DOC, page, StandardCharsets.UTF_8);
    }
    if (!page.equals(Files.readString(DOC, StandardCharsets.UTF_8))) {
      Path actual = Path.of("target/golden-actual/recipes.md");
      Files.createDirectories(actual.getParent());
      Files.writeString(actual, page, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/recipes.md is generated by this test (fresh copy in target/golden-actual/recipes.md;"
            + " -Drecipes.update=true rewrites it)")
        .isEqualTo(page);
  }

  /** @return the files Dovetail writes for the recipe, versions 1, 2, …; contract files under {@code contract/} */
  static List<MigrationFile> files(Recipe recipe) throws SQLException {
    MigrationPlan plan = plan(recipe);
    FlywayFormat format = new FlywayFormat();
    List<MigrationFile> files = new ArrayList<>();
    for (int i = 0; i < plan.migrations().size(); i++) {
      Migration migration = plan.migrations().get(i);
      for (MigrationFile file : format.render(new MigrationPlan(List.of(migration)), List.of(String.valueOf(i + 1)))) {
        files.add(migration.phase() == Phase.CONTRACT ? new MigrationFile("contract." + file.fileName(), file.content()) : file);
      }
    }
    return files;
  }

  /** Plans by recipe name: the golden files and the page share them. */
  private static final java.util.Map<String, MigrationPlan> PLANS = new java.util.concurrent.ConcurrentHashMap<>();

  private static MigrationPlan plan(Recipe recipe) throws SQLException {
    MigrationPlan cached = PLANS.get(recipe.name());
    if (cached == null) {
      cached = freshPlan(recipe);
      PLANS.put(recipe.name(), cached);
    }
    return cached;
  }

  private static MigrationPlan freshPlan(Recipe recipe) throws SQLException {
    EmbeddedScratchProvider scratch = EmbeddedScratchProvider.shared();
    SchemaBuilder builder = new SchemaBuilder();
    DatabaseSchema before = builder.canonical(scratch, RoundTrip.modelOf(recipe.before()));
    DatabaseSchema after = builder.canonical(scratch, RoundTrip.modelOf(recipe.after()));
    HintedDiff.Result diff = new HintedDiff(false).diff(scratch, before, after, RenameHints.in(recipe.after()));
    return new Planner().plan(diff.changes(), diff.renamed());
  }

  private static String page() throws Exception {
    StringBuilder page = new StringBuilder();
    page.append("# Safe recipes\n\n")
        .append("<!-- Generated by integration-tests RecipeBookIT from src/test/resources/recipes; do not edit by hand:\n")
        .append("     mvn -pl integration-tests verify -Dit.test=RecipeBookIT -Drecipes.update=true rewrites it. -->\n\n")
        .append("How `mvn migrations:diff` turns each kind of change into migrations that a busy production database takes\n")
        .append("without downtime. Every section shows a declared change and the files Dovetail writes for it,\n")
        .append("exactly as a test generates them (versions are 1, 2, … here, timestamps in real runs). Files marked\n")
        .append("*contract* are written to the contract directory (`src/main/resources/db/contract`) and wait there until\n")
        .append("`mvn migrations:promote`. A `.conf` file beside a file tells Flyway to run it outside a transaction.\n")
        .append("With `zeroDowntime=false` every change is planned in its plain form instead, in one phase.\n\n")
        .append("Every down, run right after its up, gives back exactly the schema before that up, constraint validity included:\n")
        .append("`diff` proves it before writing, and `migrations:verify` checks it again, by the same rule.\n\n");
    page.append("| recipe | migrations (phase) |\n|---|---|\n");
    List<Recipe> recipes = recipes();
    for (Recipe recipe : recipes) {
      MigrationPlan plan = plan(recipe);
      page.append("| [").append(recipe.title()).append("](#").append(anchor(recipe.title())).append(") | ")
          .append(plan.migrations().stream().map(m -> "`" + m.name() + "` (" + m.phase().label() + ")").collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    for (Recipe recipe : recipes) {
      page.append("\n## ").append(recipe.title()).append("\n\n").append(recipe.why()).append("\n\n");
      page.append("Declared before:\n\n```sql\n").append(Recipe.body(recipe.before())).append("\n```\n\n");
      page.append("Declared after:\n\n```sql\n").append(Recipe.body(recipe.after())).append("\n```\n");
      for (MigrationFile file : files(recipe)) {
        if (file.fileName().endsWith(".conf")) {
          page.append("\n`").append(file.fileName()).append("`: `").append(file.content().strip()).append("`\n");
          continue;
        }
        String where = file.fileName().startsWith("contract.") ? " (contract directory)" : "";
        page.append("\n`").append(file.fileName().replaceFirst("^contract\\.", "contract/")).append("`").append(where).append(":\n\n```sql\n")
            .append(file.content().strip()).append("\n```\n");
      }
    }
    return page.toString();
  }

  private static String anchor(String title) {
    return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
  }

  private static List<String> goldenNames(Path expected) throws IOException {
    if (!Files.isDirectory(expected)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(expected)) {
      return files.map(p -> p.getFileName().toString()).sorted(RecipeBookIT::byVersionThenUpFirst).toList();
    }
  }

  /** Files in the order they are written: by migration, up before down, each file before its {@code .conf}. */
  private static int byVersionThenUpFirst(String a, String b) {
    return key(a).compareTo(key(b));
  }

  private static String key(String fileName) {
    String name = fileName.replaceFirst("^contract\\.", "");
    int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
    return String.format("%05d-%s-%s", version, name.charAt(0) == 'V' ? "0" : "1", name);
  }

  private static void write(Path expected, List<MigrationFile> files) throws IOException {
    if (Files.isDirectory(expected)) {
      try (Stream<Path> old = Files.list(expected)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(expected);
    for (MigrationFile file : files) {
      Files.writeString(expected.resolve(file.fileName()), file.content(), StandardCharsets.UTF_8);
    }
  }

  /** The data-keeping round trips of the recipes ({@link DataKeeping}), with recipes on and in plain form. */
  private static final DataKeepingReport DATA = new DataKeepingReport("recipes");

  /** Every recipe's tables are seeded, and nearly every plan (a guarded backfill asks for a value) runs on the rows. */
  @AfterAll
  static void dataKeepingCoverage() {
    DATA.print();
    DATA.assertCoverage(1.0, 0.9);
  }
}
