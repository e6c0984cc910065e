package io.cpaaskit.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.sandbox.SandboxTraffic;
import io.cpaaskit.sandbox.VobizSandbox;
import io.cpaaskit.sandbox.VoipbinSandbox;
import io.cpaaskit.sandbox.ZipteamsSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TourTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsTheOptionsAndTheEnvironmentAndExitsZero() {
    assertThat(Tour.run(new String[] {"--help"}, Map.of(), out)).isEqualTo(0);

    assertThat(output()).contains("--allow-writes", "--sandbox", "--only", "VOBIZ_AUTH_ID", "VOIPBIN_ACCESS_KEY",
        "ZIPTEAMS_API_KEY", "Exit status");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithExitStatusTwo() {
    assertThat(Tour.run(new String[] {"--everything"}, Map.of(), out)).isEqualTo(2);
    assertThat(Tour.run(new String[] {"--only", "twilio"}, Map.of(), out)).isEqualTo(2);

    assertThat(output()).contains("Unknown option '--everything'", "--only needs one of");
  }

  @Test
  void theWholeTourPassesAgainstTheSandboxesAndEndsWithTheSummary() {
    int status = Tour.run(new String[0], Map.of(), out);

    assertThat(output()).contains("every vendor runs against its embedded sandbox", "== Summary", "All steps passed.")
        .doesNotContain("FAIL");
    assertThat(status).as(output()).isEqualTo(0);
  }

  @Test
  void withZipteamsCredentialsTheTourOnlyReadsFromTheVendor() {
    try (ZipteamsSandbox vendor = ZipteamsSandbox.start()) {
      Map<String, String> env = Map.of(
          "ZIPTEAMS_API_KEY", vendor.apiKey(),
          "ZIPTEAMS_API_SECRET", vendor.apiSecret(),
          "ZIPTEAMS_TENANT_ID", "acme",
          "ZIPTEAMS_SUB_TENANT_ID", "sales",
          "ZIPTEAMS_BASE_URL", vendor.baseUrl());

      int status = Tour.run(new String[] {"--only", "zipteams"}, env, out);

      assertThat(status).as(output()).isEqualTo(0);
      assertThat(output()).contains("real vendor for [zipteams], read-only", "Zipteams (real vendor, read-only)");
      assertThat(vendor.traffic().exchanges()).isNotEmpty()
          .extracting(SandboxTraffic.Exchange::method).containsOnly("GET");
      assertThat(output()).doesNotContain(vendor.apiSecret());
    }
  }

  @Test
  void withVobizPartnerCredentialsTheTourOnlyReadsFromTheVendor() {
    try (VobizSandbox vendor = VobizSandbox.start()) {
      Map<String, String> env = Map.of(
          "VOBIZ_AUTH_ID", vendor.partnerAuthId(),
          "VOBIZ_AUTH_TOKEN", vendor.partnerAuthToken(),
          "VOBIZ_PARTNER_EMAIL", vendor.partnerEmail(),
          "VOBIZ_PARTNER_PASSWORD", vendor.partnerPassword(),
          "VOBIZ_BASE_URL", vendor.baseUrl());

      int status = Tour.run(new String[] {"--only", "vobiz", "--allow-writes"}, env, out);

      assertThat(status).as(output()).isEqualTo(0);
      assertThat(output()).contains("Vobiz (real vendor, writes allowed)");
      assertThat(vendor.traffic().exchanges()).isNotEmpty()
          .allSatisfy(e -> assertThat(e.method().equals("GET") || e.operationId().equals("partnerLogin")).as(e.toString()).isTrue());
      assertThat(output()).doesNotContain(vendor.partnerAuthToken(), vendor.partnerPassword());
    }
  }

  @Test
  void withVoipbinCredentialsTheTourOnlyReadsUnlessWritesAreAllowed() {
    try (VoipbinSandbox vendor = VoipbinSandbox.start()) {
      Map<String, String> env = Map.of(
          "VOIPBIN_USERNAME", vendor.username(),
          "VOIPBIN_PASSWORD", vendor.password(),
          "VOIPBIN_BASE_URL", vendor.baseUrl());

      assertThat(Tour.run(new String[] {"--only", "voipbin"}, env, out)).as(output()).isEqualTo(0);
      assertThat(vendor.traffic().exchanges()).isNotEmpty()
          .allSatisfy(e -> assertThat(e.method().equals("GET") || e.operationId().equals("login")).as(e.toString()).isTrue());

      assertThat(Tour.run(new String[] {"--only", "voipbin", "--allow-writes"}, env, out)).as(output()).isEqualTo(0);
      assertThat(vendor.traffic().count("createAccesskey")).isEqualTo(1);
      assertThat(vendor.traffic().count("deleteAccesskey")).isEqualTo(1);
      assertThat(output()).doesNotContain(vendor.password());
    }
  }

  @Test
  void theSandboxOptionIgnoresCredentialsInTheEnvironment() {
    Map<String, String> env = Map.of("VOIPBIN_ACCESS_KEY", "vb_from_the_environment", "VOIPBIN_BASE_URL", "http://127.0.0.1:9");

    assertThat(Tour.run(new String[] {"--only", "voipbin", "--sandbox"}, env, out)).as(output()).isEqualTo(0);
    assertThat(output()).contains("VoIPBIN (sandbox)").doesNotContain("real vendor");
  }

  @Test
  void aFailedStepMakesTheTourExitOneAndSaysSo() {
    try (ZipteamsSandbox vendor = ZipteamsSandbox.start()) {
      Map<String, String> env = Map.of(
          "ZIPTEAMS_API_KEY", vendor.apiKey(),
          "ZIPTEAMS_API_SECRET", "a-wrong-secret",
          "ZIPTEAMS_TENANT_ID", "acme",
          "ZIPTEAMS_SUB_TENANT_ID", "sales",
          "ZIPTEAMS_BASE_URL", vendor.baseUrl());

      int status = Tour.run(new String[] {"--only", "zipteams"}, env, out);

      assertThat(status).isEqualTo(1);
      assertThat(output()).contains("[FAIL]", "1 step(s) failed.").doesNotContain("a-wrong-secret");
    }
  }
}
