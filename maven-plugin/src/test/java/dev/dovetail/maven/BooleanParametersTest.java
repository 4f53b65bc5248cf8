package dev.dovetail.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugin.descriptor.Parameter;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

/** A boolean parameter given anything but true or false is refused, where Maven would read it as false. */
class BooleanParametersTest {

  private static final List<Parameter> PARAMETERS = List.of(
      parameter("zeroDowntime", "boolean", "${migrations.zeroDowntime}"),
      parameter("failIfChanges", "boolean", "${migrations.failIfChanges}"),
      parameter("includePrivileges", "boolean", "${migrations.includePrivileges}"),
      parameter("skip", "boolean", "${migrations.skip}"),
      parameter("url", "java.lang.String", "${migrations.url}"));

  @Test
  void theCommandLineThePomAndThePomsPropertiesAreChecked() throws Exception {
    Xpp3Dom configuration = Xpp3DomBuilder.build(new StringReader("<configuration>"
        + "<zeroDowntime>${migrations.zeroDowntime}</zeroDowntime>"
        + "<failIfChanges>ture</failIfChanges>"
        + "<includePrivileges>${team.privileges}</includePrivileges>"
        + "<skip>${migrations.skip}</skip>"
        + "<url>maybe</url>"
        + "</configuration>"));
    Properties commandLine = new Properties();
    commandLine.setProperty("migrations.zeroDowntime", "maybe");
    Map<String, String> pomProperties = Map.of("${team.privileges}", "yes", "ture", "ture");

    assertThat(BooleanParameters.find(PARAMETERS, configuration, commandLine, pomProperties::get)).containsExactly(
        new BooleanParameters.Invalid("zeroDowntime", "maybe"),
        new BooleanParameters.Invalid("failIfChanges", "ture"),
        new BooleanParameters.Invalid("includePrivileges", "yes"));
  }

  @Test
  void trueFalseInAnyCaseAndUnsetPropertiesPass() throws Exception {
    Xpp3Dom configuration = Xpp3DomBuilder.build(new StringReader("<configuration>"
        + "<zeroDowntime>${migrations.zeroDowntime}</zeroDowntime><failIfChanges>TRUE</failIfChanges></configuration>"));
    Properties commandLine = new Properties();
    commandLine.setProperty("migrations.skip", "False");
    Map<String, String> evaluated = Map.of("TRUE", "TRUE");
    assertThat(BooleanParameters.find(PARAMETERS, configuration, commandLine, evaluated::get)).isEmpty();
  }

  private static Parameter parameter(String name, String type, String expression) {
    Parameter parameter = new Parameter();
    parameter.setName(name);
    parameter.setType(type);
    parameter.setExpression(expression);
    return parameter;
  }
}
