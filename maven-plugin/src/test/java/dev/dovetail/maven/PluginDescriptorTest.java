package dev.dovetail.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The generated plugin descriptor is the contract users see: goal names, project needs, property names. */
class PluginDescriptorTest {

  @Test
  void diffRunsWithoutAProjectAndEveryParameterHasAMigrationsProperty() throws Exception {
    Document descriptor = descriptor();
    assertThat(text(descriptor.getDocumentElement(), "goalPrefix")).isEqualTo("migrations");
    Element diff = mojo(descriptor, "diff");
    assertThat(text(diff, "requiresProject")).isEqualTo("false");
    assertThat(text(diff, "threadSafe")).isEqualTo("true");

    assertThat(expressions(diff))
        .contains(
            "schemaDirectory=${migrations.schemaDirectory}",
            "migrationDirectory=${migrations.migrationDirectory}",
            "url=${migrations.url}",
            "username=${migrations.username}",
            "password=${migrations.password}",
            "serverId=${migrations.serverId}",
            "scratch=${migrations.scratch}",
            "scratchUrl=${migrations.scratchUrl}",
            "postgresVersion=${migrations.postgresVersion}",
            "includeSchemas=${migrations.includeSchemas}",
            "excludeSchemas=${migrations.excludeSchemas}",
            "skip=${migrations.skip}",
            "contractDirectory=${migrations.contractDirectory}",
            "zeroDowntime=${migrations.zeroDowntime}",
            "backfillBatchSize=${migrations.backfillBatchSize}",
            "lockTimeout=${migrations.lockTimeout}",
            "statementTimeout=${migrations.statementTimeout}");
    assertThat(defaults(diff))
        .contains(
            "contractDirectory=${basedir}/src/main/resources/db/contract",
            "zeroDowntime=true",
            "backfillBatchSize=10000",
            "lockTimeout=5s",
            "statementTimeout=0");
  }

  @Test
  void initRunsWithoutAProjectWithItsLayoutAndBaselineVersion() throws Exception {
    Element init = mojo(descriptor(), "init");
    assertThat(text(init, "requiresProject")).isEqualTo("false");
    assertThat(text(init, "threadSafe")).isEqualTo("true");
    assertThat(expressions(init)).contains(
        "layout=${migrations.layout}", "baselineVersion=${migrations.baselineVersion}", "url=${migrations.url}",
        "schemaDirectory=${migrations.schemaDirectory}", "migrationDirectory=${migrations.migrationDirectory}");
    assertThat(defaults(init)).contains("layout=schema");
  }

  @Test
  void promoteRunsWithoutAProjectBetweenTheContractAndMigrationDirectories() throws Exception {
    Element promote = mojo(descriptor(), "promote");
    assertThat(text(promote, "requiresProject")).isEqualTo("false");
    assertThat(expressions(promote))
        .contains(
            "contractDirectory=${migrations.contractDirectory}",
            "migrationDirectory=${migrations.migrationDirectory}",
            "skip=${migrations.skip}");
  }

  @Test
  void verifyBindsToTheVerifyPhaseRunsWithoutAProjectAndWritesItsReportUnderTarget() throws Exception {
    Element verify = mojo(descriptor(), "verify");
    assertThat(text(verify, "phase")).isEqualTo("verify");
    assertThat(text(verify, "requiresProject")).isEqualTo("false");
    assertThat(expressions(verify)).contains(
        "verifyReversibility=${migrations.verifyReversibility}", "driftBaseline=${migrations.driftBaseline}",
        "url=${migrations.url}", "reportDirectory=${migrations.reportDirectory}", "contractDirectory=${migrations.contractDirectory}");
    assertThat(defaults(verify)).contains("verifyReversibility=true", "reportDirectory=${project.build.directory}/migrations");

    Element diff = mojo(descriptor(), "diff");
    assertThat(expressions(diff)).contains("failIfChanges=${migrations.failIfChanges}", "reportDirectory=${migrations.reportDirectory}");
    assertThat(defaults(diff)).contains("failIfChanges=false");

    Element rehash = mojo(descriptor(), "rehash");
    assertThat(text(rehash, "requiresProject")).isEqualTo("false");
    assertThat(expressions(rehash)).contains("migrationDirectory=${migrations.migrationDirectory}");
  }

  @Test
  void helpDescribesEveryGoalWithoutAProject() throws Exception {
    Element help = mojo(descriptor(), "help");
    assertThat(text(help, "requiresProject")).isEqualTo("false");
    assertThat(text(help, "implementation")).isEqualTo("dev.dovetail.maven.HelpMojo");
    NodeList parameters = help.getElementsByTagName("parameter");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parameters.getLength(); i++) {
      names.add(text((Element) parameters.item(i), "name"));
    }
    assertThat(names).contains("detail", "goal");
    try (InputStream in = PluginDescriptorTest.class.getResourceAsStream(
        "/META-INF/maven/dev.dovetail/migrations-maven-plugin/plugin-help.xml")) {
      assertThat(in).as("plugin-help.xml, which the help goal reads").isNotNull();
      String helpText = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(helpText).contains("<goal>diff</goal>", "<goal>verify</goal>", "<goal>promote</goal>", "<goal>rehash</goal>",
          "<name>serverId</name>");
    }
  }

  private static Document descriptor() throws Exception {
    try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      assertThat(in).as("plugin.xml generated by maven-plugin-plugin").isNotNull();
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }

  /** @return {@code name=${property}} for every parameter of the goal set from a {@code migrations.*} property */
  private static List<String> expressions(Element mojo) {
    List<String> expressions = new ArrayList<>();
    NodeList configuration = ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
    for (int i = 0; i < configuration.getLength(); i++) {
      if (configuration.item(i) instanceof Element parameter) {
        String expression = parameter.getTextContent().trim();
        if (expression.startsWith("${migrations.")) {
          expressions.add(parameter.getTagName() + "=" + expression);
        }
      }
    }
    return expressions;
  }

  /** @return {@code name=default} for every parameter of the goal that has a default value */
  private static List<String> defaults(Element mojo) {
    List<String> defaults = new ArrayList<>();
    NodeList configuration = ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
    for (int i = 0; i < configuration.getLength(); i++) {
      if (configuration.item(i) instanceof Element parameter && parameter.hasAttribute("default-value")) {
        defaults.add(parameter.getTagName() + "=" + parameter.getAttribute("default-value"));
      }
    }
    return defaults;
  }

  private static Element mojo(Document descriptor, String goal) {
    NodeList mojos = descriptor.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      if (goal.equals(text(mojo, "goal"))) {
        return mojo;
      }
    }
    throw new AssertionError("no goal " + goal + " in plugin.xml");
  }

  private static String text(Element parent, String tag) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals(tag)) {
        return e.getTextContent().trim();
      }
    }
    return null;
  }
}
