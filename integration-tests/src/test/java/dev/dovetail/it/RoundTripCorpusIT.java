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

  /**
   * The round trip builds both sides from their models, so an object the model does not read would pass unseen:
   * a case declares only what Dovetail manages.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Execution(ExecutionMode.CONCURRENT)
  void declaresOnlyManagedObjects(CorpusCase corpusCase) throws Exception {
    assertThat(RoundTrip.unmanagedIn(corpusCase.before())).as("unmanaged objects in before.sql").isEmpty();
    assertThat(RoundTrip.unmanagedIn(corpusCase.after())).as("unmanaged objects in after.sql").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Execution(ExecutionMode.CONCURRENT) // each case on scratch databases of its own
  void upsReachAfterDownsRestoreBeforeAndReDiffIsEmpty(CorpusCase corpusCase) throws Exception {
    new RoundTrip(corpusCase.includePrivileges()).check(corpusCase.name(), corpusCase.before(), corpusCase.after());
  }
}
