package dev.dovetail.diff.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.MigrationException;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void masksThePasswordAndSslPasswordParametersWhateverTheirCase() {
    assertThat(Redaction.redact("jdbc:postgresql://db:5432/app?user=app&password=s3cret&sslpassword=k3y&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/app?user=app&password=***&sslpassword=***&ssl=true");
    assertThat(Redaction.redact("jdbc:postgresql://db/app?PASSWORD=s3cret")).isEqualTo("jdbc:postgresql://db/app?PASSWORD=***");
    assertThat(Redaction.redact("jdbc:postgresql://db/app?sslPassword=k3y;x")).isEqualTo("jdbc:postgresql://db/app?sslPassword=***;x");
  }

  @Test
  void masksTheUserInfoFormEvenWhenThePasswordHoldsAnAtSign() {
    assertThat(Redaction.redact("jdbc:postgresql://app:s3cret@db:5432/app")).isEqualTo("jdbc:postgresql://app:***@db:5432/app");
    assertThat(Redaction.redact("jdbc:postgresql://app:p@ss@db/app")).isEqualTo("jdbc:postgresql://app:***@db/app");
  }

  @Test
  void leavesUrlsWithoutAPasswordAsTheyAre() {
    String url = "jdbc:postgresql://db:5432,db2:5433/app?user=app&ssl=true";
    assertThat(Redaction.redact(url)).isEqualTo(url);
    assertThat(Redaction.redact("FATAL: password authentication failed for user \"app\""))
        .isEqualTo("FATAL: password authentication failed for user \"app\"");
    assertThat(Redaction.redact((String) null)).isNull();
  }

  @Test
  void masksAKnownPasswordWhereverItAppears() {
    assertThat(Redaction.redact("could not parse s3cret as a port", "s3cret", null, ""))
        .isEqualTo("could not parse *** as a port");
  }

  /** The cases the hardening review tried: a port out of range with the password in the URL, and a key passphrase. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
    "jdbc:postgresql://db:99999/app?password=s3cret",
    "jdbc:postgresql://db:5432/app?sslpassword=s3cret&sslmode=require",
    "jdbc:postgresql://db:99999/app?user=app&PASSWORD=s3cret",
  })
  void noPasswordOfAnUnusableUrlReachesTheMessageOrItsCauses(String url) {
    assertThatThrownBy(() -> new LiveDatabase(url, "app", null).connectReadOnly())
        .isInstanceOf(MigrationException.class)
        .satisfies(e -> {
          for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("s3cret");
          }
        });
  }

  @Test
  void theDriversErrorAboutAMalformedUrlIsRedactedInTheMessageAndTheCause() {
    String url = "jdbc:postgresql://app:s3cret@db:notaport/app?sslpassword=k3y";
    SQLException driverError = null;
    try {
      DriverManager.getConnection(url).close();
    } catch (SQLException e) {
      driverError = e;
    }
    assertThat((Object) driverError).as("the driver refuses the malformed URL").isNotNull();
    SQLException redacted = Redaction.cause(driverError, "s3cret");
    assertThat(redacted.getMessage()).doesNotContain("s3cret").doesNotContain("k3y");
    assertThat(redacted.getStackTrace()).isEqualTo(driverError.getStackTrace());

    assertThatThrownBy(() -> new LiveDatabase(url, "app", "s3cret").connectReadOnly())
        .isInstanceOf(MigrationException.class)
        .satisfies(e -> {
          assertThat(e.getMessage()).startsWith("connecting to jdbc:postgresql://app:***@db:notaport/app?sslpassword=***: ");
          for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("s3cret").doesNotContain("k3y");
          }
        });
  }

  @Test
  void optionsThatHoldAPasswordNeverShowItWhenPrinted() {
    var scratch = new dev.dovetail.diff.scratch.ScratchSettings(
        "url", "jdbc:postgresql://app:s3cret@db/postgres?sslpassword=k3y", "app", "s3cret", 18, null);
    assertThat(scratch.toString()).doesNotContain("s3cret").doesNotContain("k3y").contains("app", "url");
    assertThat(new LiveDatabase("jdbc:postgresql://db/app?password=s3cret", "app", "s3cret").toString())
        .doesNotContain("s3cret");
  }
}
