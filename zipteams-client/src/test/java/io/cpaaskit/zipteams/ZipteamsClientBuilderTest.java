package io.cpaaskit.zipteams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.cpaaskit.zipteams.api.CustomerCallsApi;
import io.cpaaskit.zipteams.api.CustomerContactsApi;
import io.cpaaskit.zipteams.api.DashboardTokensApi;
import io.cpaaskit.zipteams.api.PartnerCallsApi;
import io.cpaaskit.zipteams.api.support.StringUtil;
import java.util.List;
import okhttp3.Authenticator;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.GET;

/** What the builder requires and refuses, and which interfaces {@code create} hands out. */
class ZipteamsClientBuilderTest {
  /** Looks like an API interface, but is not one of Zipteams'. */
  interface ForeignApi {
    @GET("v1/things")
    Call<Object> things();
  }

  private ZipteamsLoopback loopback;

  @BeforeEach
  void start() {
    loopback = new ZipteamsLoopback();
  }

  @AfterEach
  void stop() {
    loopback.close();
  }

  @Test
  void buildRequiresCredentials() {
    assertThatIllegalStateException().isThrownBy(() -> ZipteamsClient.builder().build())
        .withMessageStartingWith("credentials is required");
  }

  @Test
  void settersRejectNullNamingTheArgument() {
    ZipteamsClient.Builder builder = ZipteamsClient.builder();

    assertThatNullPointerException().isThrownBy(() -> builder.baseUrl(null)).withMessage("baseUrl == null");
    assertThatNullPointerException().isThrownBy(() -> builder.customerIngestionUrl(null))
        .withMessage("customerIngestionUrl == null");
    assertThatNullPointerException().isThrownBy(() -> builder.credentials(null)).withMessage("credentials == null");
    assertThatNullPointerException().isThrownBy(() -> builder.okHttpClient(null)).withMessage("okHttpClient == null");
    assertThatNullPointerException().isThrownBy(() -> builder.clock(null)).withMessage("clock == null");
    assertThatNullPointerException().isThrownBy(() -> builder.httpLogging(null)).withMessage("httpLogging == null");
  }

  @Test
  void buildRejectsUnusableUrlsNamingTheArgumentWithoutEchoingIt() {
    String leaky = "ftp://user:CANARY-key-7f3a@example.test";

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ZipteamsClient.builder().credentials(Canaries.partner()).baseUrl(leaky).build())
        .withMessage("baseUrl is not an http or https URL");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ZipteamsClient.builder().credentials(Canaries.customer()).customerIngestionUrl("not a url")
            .build())
        .withMessage("customerIngestionUrl is not an http or https URL");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ZipteamsClient.builder().credentials(Canaries.partner())
            .baseUrl("https://api.zipteams.com/?key=CANARY-key-7f3a").build())
        .withMessage("baseUrl must not carry a query or a fragment");
  }

  @Test
  void createHandsOutEveryGeneratedZipteamsInterface() {
    ZipteamsClient zipteams = loopback.partner();

    for (Class<?> api : List.of(DashboardTokensApi.class, PartnerCallsApi.class, CustomerCallsApi.class,
        CustomerContactsApi.class)) {
      assertThat(zipteams.create(api)).as(api.getSimpleName()).isInstanceOf(api);
    }
  }

  @Test
  void createRefusesAnythingButAZipteamsApiInterfaceNamingIt() {
    ZipteamsClient zipteams = loopback.partner();

    assertThatIllegalArgumentException().isThrownBy(() -> zipteams.create(ForeignApi.class))
        .withMessageStartingWith(ForeignApi.class.getName() + " is not a Zipteams API interface");
    assertThatIllegalArgumentException().isThrownBy(() -> zipteams.create(Runnable.class))
        .withMessageStartingWith("java.lang.Runnable is not a Zipteams API interface");
    assertThatIllegalArgumentException().isThrownBy(() -> zipteams.create(StringUtil.class))
        .withMessageStartingWith(StringUtil.class.getName() + " is not a Zipteams API interface");
    assertThatNullPointerException().isThrownBy(() -> zipteams.create(null)).withMessage("api == null");
  }

  @Test
  void theCallersOkHttpClientIsNeverModified() {
    OkHttpClient mine = loopback.okHttp;

    ZipteamsClient zipteams = loopback.builder().credentials(Canaries.partner()).okHttpClient(mine).build();
    zipteams.forTenant("tenant2", "subtenant2");

    assertThat(mine.interceptors()).isEmpty();
    assertThat(mine.networkInterceptors()).isEmpty();
    assertThat(mine.authenticator()).isSameAs(Authenticator.NONE);
  }

  @Test
  void toStringNamesTheHostsAndMasksTheCredentials() {
    ZipteamsClient zipteams = ZipteamsClient.builder().credentials(Canaries.partner()).build();

    assertThat(zipteams.toString())
        .contains("https://api.zipteams.com/", ZipteamsClient.DEFAULT_CUSTOMER_INGESTION_URL, "tenantId=tenant1");
    Canaries.assertNoSecret(zipteams.toString());
    Canaries.assertNoSecret(zipteams.forTenant("tenant2", "subtenant2").toString());
  }
}
