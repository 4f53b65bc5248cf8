package dev.dovetail.maven;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.logging.Log;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.codehaus.plexus.component.configurator.ComponentConfigurator;
import org.codehaus.plexus.configuration.xml.XmlPlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Lets {@code -Dmigrations.<name>=…} win over the pom's {@code <configuration>}, as in Flyway's plugin. Maven itself
 * gives the pom precedence: a parameter the pom configures never looks at its property, so
 * {@code -Dmigrations.url=…} would be ignored without a word where the pom sets {@code <url>}.
 *
 * <p>Generic over the goal's parameters: every parameter whose property is {@code migrations.*} (read from the plugin
 * descriptor) takes part. The chosen parameters are configured a second time, by Maven's own configurator, from their
 * property expression, so a value given with {@code -D} is converted exactly as Maven converts it when the pom is
 * silent (files against the base directory, comma-separated lists, numbers, booleans).
 */
final class UserPropertyOverrides {

  private static final Pattern PROPERTY = Pattern.compile("\\$\\{(migrations\\.[A-Za-z0-9]+)}");

  /** A parameter the pom configures whose property is also set on the command line. */
  record Override(String parameter, String property) {}

  private UserPropertyOverrides() {}

  /**
   * @param parameters the goal's parameters, from its descriptor
   * @param configuration the execution's configuration: the pom's values, and the property expression of each
   *     parameter the pom does not configure
   * @param userProperties the session's user properties ({@code -D} and {@code .mvn/maven.config})
   * @return the parameters whose {@code migrations.*} property the command line sets although the pom configures them
   */
  static List<Override> find(Collection<Parameter> parameters, Xpp3Dom configuration, Properties userProperties) {
    List<Override> overrides = new ArrayList<>();
    if (parameters == null || configuration == null) {
      return overrides;
    }
    for (Parameter parameter : parameters) {
      Matcher property = PROPERTY.matcher(parameter.getExpression() == null ? "" : parameter.getExpression());
      if (!property.matches() || !userProperties.containsKey(property.group(1))) {
        continue;
      }
      // A list the pom configures keeps the expression as its value next to the pom's elements (Maven merges the
      // descriptor's default configuration into the pom's); its elements are what make it configured.
      Xpp3Dom configured = configuration.getChild(parameter.getName());
      if (configured != null
          && (configured.getChildCount() > 0 || !parameter.getExpression().equals(configured.getValue()))) {
        overrides.add(new Override(parameter.getName(), property.group(1)));
      }
    }
    return overrides;
  }

  /**
   * Sets each parameter of {@code mojo} that the pom configures and the command line overrides from its property,
   * converted by Maven's configurator, and logs which (never their values: one may be a password).
   */
  static void apply(Object mojo, MavenSession session, MojoExecution execution, ComponentConfigurator configurator, Log log)
      throws MojoExecutionException {
    if (session == null || execution == null) {
      return;
    }
    List<Override> overrides =
        find(execution.getMojoDescriptor().getParameters(), execution.getConfiguration(), session.getUserProperties());
    if (overrides.isEmpty()) {
      return;
    }
    overrides.forEach(o -> log.info("-D" + o.property() + " overrides <" + o.parameter() + "> of the pom"));
    XmlPlexusConfiguration configuration = new XmlPlexusConfiguration("configuration");
    overrides.forEach(o -> configuration.addChild(o.parameter(), "${" + o.property() + "}"));
    try {
      configurator.configureComponent(mojo, configuration, new PluginParameterExpressionEvaluator(session, execution),
          execution.getMojoDescriptor().getPluginDescriptor().getClassRealm());
    } catch (ComponentConfigurationException e) {
      throw new MojoExecutionException("applying " + overrides + " from the command line: " + e.getMessage(), e);
    }
  }
}
