package io.cpaaskit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cpaaskit.sandbox.junit.SandboxExtension;
import io.cpaaskit.vobiz.VobizClient;
import io.cpaaskit.vobiz.partner.api.PartnersApi;
import io.cpaaskit.voipbin.VoipbinClient;
import io.cpaaskit.voipbin.api.AgentsApi;
import io.cpaaskit.voipbin.errors.VoipbinErrors;
import io.cpaaskit.zipteams.ZipteamsClient;
import io.cpaaskit.zipteams.api.DashboardTokensApi;
import io.cpaaskit.zipteams.errors.ZipteamsErrors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxExtensionTest {
  private static final List<Sandbox> SEEN = new ArrayList<>();

  @Test
  @Order(1)
  void aVobizClientAndItsSandboxShareOneServer(VobizClient vobiz, VobizSandbox sandbox) throws IOException {
    assertThat(vobiz.execute(vobiz.partner().create(PartnersApi.class).getPartnerProfile()).getAuthId())
        .isEqualTo(sandbox.partnerAuthId());
    assertThat(sandbox.traffic().requests()).isEqualTo(1);
    SEEN.add(sandbox);
  }

  @Test
  @Order(2)
  void aVoipbinClientLogsInWithTheSandboxAgent(VoipbinClient voipbin, VoipbinSandbox sandbox) throws IOException {
    assertThat(VoipbinErrors.execute(voipbin.create(AgentsApi.class).getMe()).getUsername()).isEqualTo(sandbox.username());
    assertThat(sandbox.traffic().logins()).isEqualTo(1);
    SEEN.add(sandbox);
  }

  @Test
  @Order(3)
  void aZipteamsClientActsForTheSandboxTenant(ZipteamsClient zipteams, ZipteamsSandbox sandbox) throws IOException {
    String token = ZipteamsErrors.execute(zipteams.create(DashboardTokensApi.class).getDashboardToken()).getData().getToken();
    assertThat(sandbox.verifyDashboardToken(token)).containsEntry("tenantId", "sandbox-tenant")
        .containsEntry("subTenantId", "sandbox-team");
    SEEN.add(sandbox);
  }

  @Test
  @Order(4)
  void eachTestGetsAFreshSandbox(VobizSandbox sandbox) {
    assertThat(sandbox.traffic().requests()).isZero();
    assertThat(SEEN).doesNotContain(sandbox);
  }

  @AfterAll
  static void everySandboxIsStoppedAfterItsTest() {
    OkHttpClient http = new OkHttpClient();
    for (Sandbox sandbox : SEEN) {
      Request request = new Request.Builder().url(sandbox.baseUrl()).build();
      assertThat(catchThrowable(() -> http.newCall(request).execute().close()))
          .as("%s is still listening", sandbox).isInstanceOf(IOException.class);
    }
  }
}
