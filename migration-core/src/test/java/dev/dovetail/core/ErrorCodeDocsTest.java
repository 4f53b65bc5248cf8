package dev.dovetail.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/errors.md has one section per error code, in the order of the enum, each marked yours exactly for user errors. */
class ErrorCodeDocsTest {

  @Test
  void everyErrorCodeHasItsSectionSayingWhoseItIs() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "errors.md"), StandardCharsets.UTF_8);
    Matcher headings = Pattern.compile("(?m)^## ([A-Z_]+)( \\(yours\\))?$").matcher(page);
    List<String> documented = new java.util.ArrayList<>();
    while (headings.find()) {
      documented.add(headings.group(1) + (headings.group(2) != null ? " yours" : ""));
    }
    assertThat(documented).containsExactlyElementsOf(
        Arrays.stream(ErrorCode.values()).map(c -> c.name() + (c.userError() ? " yours" : "")).toList());
  }
}
