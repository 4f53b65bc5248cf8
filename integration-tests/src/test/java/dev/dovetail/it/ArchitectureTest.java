package dev.dovetail.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.dovetail.core.plan.Hazard;
import dev.dovetail.core.plan.HazardType;
import dev.dovetail.core.plan.Lock;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.diff.sql.Hazards;
import dev.dovetail.diff.sql.Sql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the module graph (STYLE §3.1), checked on the production classes of all three
 * library modules as they sit on this module's test classpath, and the independence of the test oracle
 * {@link CatalogFingerprint}.
 */
class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/integration-tests/"))
            .importPackages("dev.dovetail");
  }

  @Test
  void theProductionClassesOfEveryModuleAreImported() {
    org.assertj.core.api.Assertions.assertThat(production.containPackage("dev.dovetail.core.model")).isTrue();
    org.assertj.core.api.Assertions.assertThat(production.containPackage("dev.dovetail.diff.introspect")).isTrue();
    org.assertj.core.api.Assertions.assertThat(production.containPackage("dev.dovetail.maven")).isTrue();
  }

  @Test
  void coreUsesNoJdbcSchemaCrawlerOrMaven() {
    noClasses()
        .that().resideInAPackage("dev.dovetail.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "java.sql..", "javax.sql..", "org.postgresql..", "schemacrawler..", "us.fatehi..", "org.apache.maven..",
            "dev.dovetail.diff..", "dev.dovetail.maven..")
        .check(production);
  }

  @Test
  void theModelUsesOnlyTheJdk() {
    classes()
        .that().resideInAPackage("dev.dovetail.core.model..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.dovetail.core.model..")
        .check(production);
  }

  @Test
  void onlyThePluginImportsMaven() {
    noClasses()
        .that().resideOutsideOfPackage("dev.dovetail.maven..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.eclipse.aether..")
        .check(production);
  }

  @Test
  void schemaCrawlerStaysOutOfProductionCode() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("schemacrawler..", "us.fatehi..").check(production);
  }

  @Test
  void theDiffKnowsNothingOfPlanningOrSql() {
    noClasses()
        .that().resideInAPackage("dev.dovetail.diff.compare..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.dovetail.diff.plan..", "dev.dovetail.diff.sql..", "java.sql..")
        .check(production);
  }

  @Test
  void onlyTheSqlPackageWritesMigrationStatements() {
    // a Statement is SQL text with its lock: outside the sql package (and the plan records themselves) nothing makes
    // one, so the recipes can only ask for typed forms and add hazards (Statement.with)
    noClasses()
        .that().resideOutsideOfPackages("dev.dovetail.diff.sql..", "dev.dovetail.core.plan..")
        .should().callConstructor(Statement.class, String.class, Lock.class, java.util.List.class)
        .orShould().callMethod(Statement.class, "of", String.class, Lock.class, Hazard[].class)
        .check(production);
  }

  @Test
  void onlyTheSqlPackageQuotesSql() {
    // FlywayHistory quotes the name of Flyway's history table in the one query it reads it with; that is not a
    // migration statement. Every other quoted identifier or literal is written in the sql package.
    noClasses()
        .that().resideOutsideOfPackage("dev.dovetail.diff.sql..")
        .and().doNotBelongToAnyOf(dev.dovetail.diff.source.FlywayHistory.class)
        .should().dependOnClassesThat().belongToAnyOf(Sql.class)
        .check(production);
  }

  @Test
  void hazardsComeFromOneCatalog() {
    noClasses()
        .that().resideInAPackage("dev.dovetail.diff..")
        .and().doNotBelongToAnyOf(Hazards.class)
        .should().callConstructor(Hazard.class, HazardType.class, String.class)
        .check(production);
  }

  @Test
  void theCatalogFingerprintSharesNoCodeWithTheIntrospection() {
    // an oracle that called into the model or the catalog reader would repeat their mistakes, not catch them
    classes()
        .that().belongToAnyOf(CatalogFingerprint.class)
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..")
        .check(new ClassFileImporter().importClasses(CatalogFingerprint.class));
  }
}
