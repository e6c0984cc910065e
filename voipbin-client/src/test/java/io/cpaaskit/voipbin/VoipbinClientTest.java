package io.cpaaskit.voipbin;

import static io.cpaaskit.voipbin.TestKit.ACCESS_KEY;
import static io.cpaaskit.voipbin.TestKit.assertNoSecrets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cpaaskit.testing.SpecOperations;
import io.cpaaskit.voipbin.api.AuthApi;
import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.voipbin.model.CallLeg;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The builder's checks and defaults, what create() accepts, and the spec facts the credential choice relies on. */
class VoipbinClientTest {
  private static final VoipbinCredentials KEY = VoipbinCredentials.accessKey(ACCESS_KEY);

  /** Stands for an interface of another vendor or package. */
  interface ForeignApi {}

  @Test
  void buildWithoutCredentialsFailsNamingThem() {
    assertThatThrownBy(() -> VoipbinClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("credentials");
  }

  @Test
  void settersRefuseNullNamingTheArgument() {
    VoipbinClient.Builder builder = VoipbinClient.builder();
    assertThatThrownBy(() -> builder.baseUrl(null)).hasMessage("baseUrl == null");
    assertThatThrownBy(() -> builder.credentials(null)).hasMessage("credentials == null");
    assertThatThrownBy(() -> builder.okHttpClient(null)).hasMessage("okHttpClient == null");
    assertThatThrownBy(() -> builder.clock(null)).hasMessage("clock == null");
    assertThatThrownBy(() -> builder.httpLogging(null)).hasMessage("httpLogging == null");
    assertThatThrownBy(() -> builder.tokenPolicy(null)).hasMessage("tokenPolicy == null");
    assertThatThrownBy(() -> builder.loginRetry(null)).hasMessage("loginRetry == null");
    assertThatThrownBy(() -> builder.tokenListener(null)).hasMessage("tokenListener == null");
  }

  @Test
  void baseUrlMustBeAnHttpUrlOfTheServerRoot() {
    assertThatThrownBy(() -> VoipbinClient.builder().baseUrl("api.voipbin.net"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("baseUrl is not an http or https URL");
    assertThatThrownBy(() -> VoipbinClient.builder().baseUrl("https://api.voipbin.net/v1.0/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without /v1.0");
    assertThat(VoipbinClient.builder().baseUrl("http://localhost:8080/").credentials(KEY).build().toString())
        .contains("baseUrl=http://localhost:8080/");
  }

  @Test
  void defaultsToTheProductionServer() {
    VoipbinClient client = VoipbinClient.builder().credentials(KEY).build();

    assertThat(client.toString()).contains("baseUrl=https://api.voipbin.net");
    assertNoSecrets(client);
  }

  @Test
  void createHandsOutGeneratedInterfacesOnly() {
    VoipbinClient client = VoipbinClient.builder().credentials(KEY).build();

    assertThat(client.create(CallsApi.class)).isNotNull();
    assertThat(client.create(AuthApi.class)).isNotNull();
    assertThatThrownBy(() -> client.create(ForeignApi.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ForeignApi.class.getName());
    assertThatThrownBy(() -> client.create(Runnable.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Runnable");
    assertThatThrownBy(() -> client.create(CallLeg.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(CallLeg.class.getName());
  }

  @Test
  void theCallersOkHttpClientIsNotChanged() {
    OkHttpClient shared = new OkHttpClient.Builder().callTimeout(3, TimeUnit.SECONDS).build();

    for (VoipbinCredentials credentials :
        List.of(KEY, VoipbinCredentials.password("alice", "pw-1"), VoipbinCredentials.directHash("direct.h1"))) {
      VoipbinClient.builder().credentials(credentials).okHttpClient(shared).build();
    }

    assertThat(shared.interceptors()).isEmpty();
    assertThat(shared.networkInterceptors()).isEmpty();
    assertThat(shared.authenticator()).isSameAs(okhttp3.Authenticator.NONE);
    assertThat(shared.callTimeoutMillis()).isEqualTo(3000);
    assertThat(shared.retryOnConnectionFailure()).isTrue();
  }

  @Test
  void everySecuredOperationAcceptsBothJwtSchemesAndOnlyGetMeRefusesAccessKeys() {
    // Why CredentialNotAcceptedException can only meet an access key on a generated operation (on getMe).
    SpecOperations spec = SpecOperations.load("specs/voipbin.yaml");
    for (String id : spec.operationIds()) {
      List<String> security = spec.operation(id).security();
      if (security.isEmpty()) {
        assertThat(id).isIn("login", "signup", "verifyEmail", "boot", "forgotPassword", "resetPassword");
        continue;
      }
      assertThat(security).as(id).contains("voipbinBearer", "voipbinToken");
      if (!id.equals("getMe")) {
        assertThat(security).as(id).contains("voipbinAccessKey");
      }
    }
    assertThat(spec.operation("getMe").security()).doesNotContain("voipbinAccessKey");
  }
}
