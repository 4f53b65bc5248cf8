package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus case ({@code cases/<name>/{before,after}.sql}) survives the {@link RoundTrip}. */
class RoundTripCorpusIT {

  static List<CorpusCase> cases() {
    return CorpusCase.selected();
  }

  @Test
  void corpusIsLargeEnough() {
    assertThat(CorpusCase.all()).hasSizeGreaterThanOrEqualTo(80);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Execution(ExecutionMode.CONCURRENT) // each case on scratch databases of its own
  void upsReachAfterDownsRestoreBeforeAndReDiffIsEmpty(CorpusCase corpusCase) throws Exception {
    new RoundTrip(corpusCase.includePrivileges()).check(corpusCase.name(), corpusCase.before(), corpusCase.after());
  }
}
