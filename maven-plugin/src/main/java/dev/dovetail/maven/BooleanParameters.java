package dev.dovetail.maven;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.descriptor.Parameter;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Refuses a boolean parameter whose value is neither {@code true} nor {@code false}. Maven converts any other text to
 * {@code false} without a word, so {@code -Dmigrations.zeroDowntime=maybe} or a misspelt {@code <zeroDowntime>ture}
 * would silently plan blocking migrations.
 */
final class BooleanParameters {

  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  /** A boolean parameter and the text it was given. */
  record Invalid(String parameter, String value) {}

  private BooleanParameters() {}

  /**
   * @param parameters the goal's parameters, from its descriptor
   * @param configuration the execution's configuration (the pom's values, and the property expression of each
   *     parameter the pom does not configure)
   * @param userProperties the session's user properties, which win over the pom ({@link UserPropertyOverrides})
   * @param evaluate evaluates an expression of the pom ({@code ${…}}) to its text, or null when it has none
   * @return the boolean parameters whose text is neither {@code true} nor {@code false} (in any case)
   */
  static List<Invalid> find(
      Collection<Parameter> parameters, Xpp3Dom configuration, Properties userProperties, UnaryOperator<String> evaluate) {
    List<Invalid> invalid = new ArrayList<>();
    if (parameters == null) {
      return invalid;
    }
    for (Parameter parameter : parameters) {
      if (!"boolean".equals(parameter.getType()) && !"java.lang.Boolean".equals(parameter.getType())) {
        continue;
      }
      String value = null;
      Matcher property = PROPERTY.matcher(parameter.getExpression() == null ? "" : parameter.getExpression());
      if (property.matches() && userProperties.containsKey(property.group(1))) {
        value = userProperties.getProperty(property.group(1));
      } else if (configuration != null && configuration.getChild(parameter.getName()) != null) {
        String configured = configuration.getChild(parameter.getName()).getValue();
        value = configured == null ? null : evaluate.apply(configured.strip());
      }
      if (value != null && !value.isBlank() && !isBoolean(value.strip())) {
        invalid.add(new Invalid(parameter.getName(), value));
      }
    }
    return invalid;
  }

  private static boolean isBoolean(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return lower.equals("true") || lower.equals("false");
  }
}
