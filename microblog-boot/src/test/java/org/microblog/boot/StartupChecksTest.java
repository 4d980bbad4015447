package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupChecksTest {

  @Test
  void productionIsRecognisedAmongSeveralEnvironments() {
    assertThat(StartupChecks.isProduction("prod")).isTrue();
    assertThat(StartupChecks.isProduction("cloud, PROD")).isTrue();
    assertThat(StartupChecks.isProduction("dev")).isFalse();
    assertThat(StartupChecks.isProduction("production-like")).isFalse();
    assertThat(StartupChecks.isProduction(null)).isFalse();
  }

  @Test
  void productionRefusesMissingShortAndExampleSecrets() {
    assertThat(StartupChecks.productionSecretProblem(null)).get().asString().contains("not set");
    assertThat(StartupChecks.productionSecretProblem("  ")).get().asString().contains("not set");
    assertThat(StartupChecks.productionSecretProblem("x".repeat(31)))
        .get()
        .asString()
        .contains("shorter than 256 bits");
    assertThat(StartupChecks.productionSecretProblem("change-me-" + "x".repeat(40)))
        .get()
        .asString()
        .contains("example");
    assertThat(StartupChecks.productionSecretProblem("Qm9vZ2llLXdvb2dpZS1yYW5kb20tYnl0ZXMtaGVyZQ"))
        .isEmpty();
  }

  /** The real main class, in its own JVM: a production start without a secret stops at once. */
  @Test
  void aProductionStartWithoutSecretExitsWithOneLine(@TempDir Path data) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    Application.class.getName()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("MICRONAUT_ENVIRONMENTS", "prod");
    builder.environment().put("MICROBLOG_DATA_DIR", data.toString());
    builder.environment().remove("MICROBLOG_TOKEN_SECRET");
    builder.environment().put("PORT", "0");
    Process process = builder.start();

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits by itself").isTrue();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(stderr.lines().toList())
        .containsExactly(
            "Microblog will not start: MICROBLOG_TOKEN_SECRET is not set; production needs its own"
                + " secret of at least 256 bits, e.g. from `openssl rand -base64 48`.");
    assertThat(data.resolve("token-secret").toFile()).doesNotExist();
  }
}
