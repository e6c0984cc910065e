package io.cpaaskit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cpaaskit.auth.LoginRetry;
import io.cpaaskit.auth.LoginUnavailableException;
import io.cpaaskit.voipbin.VoipbinClient;
import io.cpaaskit.voipbin.VoipbinCredentials;
import io.cpaaskit.voipbin.api.AgentsApi;
import io.cpaaskit.voipbin.errors.VoipbinErrors;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The login faults, seen through a real client: what a caller gets while the identity service is down. */
class LoginFaultsTest {
  private final List<Duration> pauses = new ArrayList<>();

  private VoipbinClient client(VoipbinSandbox sandbox) {
    return VoipbinClient.builder()
        .baseUrl(sandbox.baseUrl())
        .credentials(VoipbinCredentials.password(sandbox.username(), sandbox.password()))
        .loginRetry(LoginRetry.builder().maxAttempts(3).sleeper(pauses::add).build())
        .build();
  }

  @Test
  void aLoginEndpointThatIsDownFailsTheCallWithLoginUnavailableAfterTheBoundedAttempts() throws IOException {
    try (VoipbinSandbox sandbox = VoipbinSandbox.start()) {
      VoipbinClient voipbin = client(sandbox);
      sandbox.faults().loginDown();

      assertThatThrownBy(() -> voipbin.create(AgentsApi.class).getMe().execute())
          .isInstanceOf(LoginUnavailableException.class);
      assertThat(sandbox.traffic().count("login")).isEqualTo(3);
      assertThat(pauses).hasSize(2);
      assertThat(sandbox.traffic().count("getMe")).as("no API call without a token").isZero();
    }
  }

  @Test
  void oneTransient5xxOnTheLoginIsRetriedAndTheCallSucceeds() throws IOException {
    try (VoipbinSandbox sandbox = VoipbinSandbox.start()) {
      VoipbinClient voipbin = client(sandbox);
      sandbox.faults().on("login").serverErrors(1);

      assertThat(VoipbinErrors.execute(voipbin.create(AgentsApi.class).getMe()).getUsername()).isEqualTo(sandbox.username());
      assertThat(sandbox.traffic().count("login")).isEqualTo(2);
      assertThat(sandbox.traffic().logins()).isEqualTo(1);
    }
  }
}
