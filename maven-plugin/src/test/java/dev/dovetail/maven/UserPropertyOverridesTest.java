package dev.dovetail.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import org.apache.maven.plugin.descriptor.Parameter;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

/** Which parameters a {@code -Dmigrations.*} overrides: those the pom configures; the others Maven already reads. */
class UserPropertyOverridesTest {

  private static final List<Parameter> PARAMETERS = List.of(
      parameter("url", "${migrations.url}"),
      parameter("username", "${migrations.username}"),
      parameter("includeSchemas", "${migrations.includeSchemas}"),
      parameter("skip", "${migrations.skip}"),
      parameter("session", "${session}"),
      parameter("reportDirectory", "${migrations.reportDirectory}"));

  @Test
  void aPropertyOnTheCommandLineOverridesThePomsValueOfItsParameter() throws Exception {
    // as Maven hands it over: the pom's values, and the property expression where the pom says nothing
    Xpp3Dom configuration = configuration("<configuration>"
        + "<url>jdbc:postgresql://wrong/app</url>"
        + "<username>${migrations.username}</username>"
        + "<includeSchemas>${migrations.includeSchemas}<includeSchema>app</includeSchema></includeSchemas>"
        + "<skip>${migrations.skip}</skip>"
        + "<reportDirectory>${project.build.directory}/reports</reportDirectory>"
        + "</configuration>");
    Properties commandLine = properties(
        "migrations.url", "jdbc:postgresql://right/app", "migrations.username", "app", "migrations.includeSchemas", "app,audit",
        "migrations.skip", "true", "session", "x");

    assertThat(UserPropertyOverrides.find(PARAMETERS, configuration, commandLine)).containsExactly(
        new UserPropertyOverrides.Override("url", "migrations.url"),
        new UserPropertyOverrides.Override("includeSchemas", "migrations.includeSchemas"));
  }

  @Test
  void nothingIsOverriddenWithoutTheProperty() throws Exception {
    Xpp3Dom configuration = configuration("<configuration><url>jdbc:postgresql://pom/app</url></configuration>");
    assertThat(UserPropertyOverrides.find(PARAMETERS, configuration, properties("migrations.username", "app"))).isEmpty();
    assertThat(UserPropertyOverrides.find(PARAMETERS, null, properties("migrations.url", "x"))).isEmpty();
  }

  private static Parameter parameter(String name, String expression) {
    Parameter parameter = new Parameter();
    parameter.setName(name);
    parameter.setExpression(expression);
    return parameter;
  }

  private static Xpp3Dom configuration(String xml) throws Exception {
    return Xpp3DomBuilder.build(new StringReader(xml));
  }

  private static Properties properties(String... keysAndValues) {
    Properties properties = new Properties();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
    }
    return properties;
  }
}
