package io.cpaaskit.vobiz;

import static io.cpaaskit.vobiz.VobizFixture.CUSTOMERS_JSON;
import static io.cpaaskit.vobiz.VobizFixture.assertNoSecrets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.vobiz.partner.api.CustomersApi;
import io.cpaaskit.vobiz.voice.api.CallsApi;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which scope a client gives for which credential, which interfaces each scope hands out, and the builder's checks. */
class VobizClientScopesTest {
  private final VobizFixture vobiz = new VobizFixture();

  @AfterEach
  void stop() {
    vobiz.close();
  }

  @Test
  void partnerScope_ofACustomerCredentialClient_isRefused() {
    VobizClient client = vobiz.client(VobizFixture.customer());

    IllegalStateException refused = catchThrowableOfType(IllegalStateException.class, client::partner);

    assertThat(refused).hasMessageContaining("partner credentials").hasMessageContaining(VobizFixture.CUSTOMER_ID);
    assertNoSecrets(refused);
  }

  @Test
  void customerScope_withPartnerCredentials_isRefused() {
    VobizClient client = vobiz.client(VobizFixture.partner());

    IllegalArgumentException refused =
        catchThrowableOfType(IllegalArgumentException.class, () -> client.customer(VobizFixture.partnerLogin()));

    assertThat(refused).hasMessageContaining("VobizCredentials.customer").hasMessageContaining("partner()");
    assertNoSecrets(refused);
  }

  @Test
  void ownCustomerScope_ofAPartnerCredentialClient_isRefused() {
    VobizClient client = vobiz.client(VobizFixture.partnerLogin());

    IllegalStateException refused = catchThrowableOfType(IllegalStateException.class, client::customer);

    assertThat(refused).hasMessageContaining("customer(VobizCredentials.customer(...))");
    assertNoSecrets(refused);
  }

  @Test
  void scopes_handOutOnlyTheirOwnInterfaces_namingTheRefusedOne() {
    VobizClient partnerClient = vobiz.client(VobizFixture.partner());
    VobizClient.CustomerScope acme = partnerClient.customer(VobizFixture.customer());

    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> partnerClient.partner().create(CallsApi.class)))
        .hasMessageContaining("io.cpaaskit.vobiz.voice.api.CallsApi")
        .hasMessageContaining("customer(");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> acme.create(CustomersApi.class)))
        .hasMessageContaining("io.cpaaskit.vobiz.partner.api.CustomersApi")
        .hasMessageContaining("partner()");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> acme.create(Runnable.class)))
        .hasMessageContaining("java.lang.Runnable");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> partnerClient.create(CallsApi.class)))
        .hasMessageContaining("io.cpaaskit.vobiz.voice.api.CallsApi");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> partnerClient.create(Runnable.class)))
        .hasMessageContaining("java.lang.Runnable");
    assertThat(partnerClient.create(CustomersApi.class)).isNotNull();
    assertThat(vobiz.client(VobizFixture.customer()).create(CallsApi.class)).isNotNull();
  }

  @Test
  void scopes_areReusedForTheClientsOwnCredentials() {
    VobizClient partnerClient = vobiz.client(VobizFixture.partner());
    VobizClient customerClient = vobiz.client(VobizFixture.customer());

    assertThat(partnerClient.partner()).isSameAs(partnerClient.partner());
    assertThat(customerClient.customer()).isSameAs(customerClient.customer(VobizFixture.customer()));
    assertThat(partnerClient.partner().authId()).isEqualTo(VobizFixture.PARTNER_ID);
    assertNoSecrets(partnerClient.toString());
    assertNoSecrets(partnerClient.partner().toString());
    assertNoSecrets(customerClient.customer().toString());
  }

  @Test
  void builder_requiresCredentials() {
    IllegalArgumentException missing =
        catchThrowableOfType(IllegalArgumentException.class, () -> VobizClient.builder().build());

    assertThat(missing).hasMessageStartingWith("credentials");
  }

  @Test
  void builder_rejectsBaseUrlsThatAreNotAHost() {
    VobizClient.Builder builder = VobizClient.builder().credentials(VobizFixture.partner());

    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> builder.baseUrl("api.vobiz.ai").build()))
        .hasMessageStartingWith("baseUrl");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> builder.baseUrl("https://api.vobiz.ai/api/v1").build()))
        .hasMessageStartingWith("baseUrl")
        .hasMessageContaining("appends");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> builder.baseUrl("https://api.vobiz.ai/api/v1/partner/").build()))
        .hasMessageStartingWith("baseUrl");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> builder.baseUrl("https://api.vobiz.ai/?x=1").build()))
        .hasMessageStartingWith("baseUrl");
  }

  @Test
  void baseUrl_defaultsToProduction() {
    VobizClient client = VobizClient.builder().credentials(VobizFixture.partner()).build();

    assertThat(client.baseUrl().toString()).isEqualTo("https://api.vobiz.ai/");
  }

  @Test
  void baseUrl_keepsAPathPrefix_andTheClientAppendsTheApiPaths() throws Exception {
    VobizClient client =
        vobiz.builder(VobizFixture.partner()).baseUrl(vobiz.server.url("/proxy/vobiz").toString()).build();
    vobiz.enqueue(200, CUSTOMERS_JSON);

    client.partner().create(CustomersApi.class).listCustomers(null, null, null).execute();

    assertThat(vobiz.take().getUrl().encodedPath()).isEqualTo("/proxy/vobiz/api/v1/partner/accounts");
  }

  @Test
  void callersOkHttpClient_isNeverModified() {
    OkHttpClient shared = new OkHttpClient.Builder().callTimeout(5, TimeUnit.SECONDS).build();

    VobizClient client = vobiz.builder(VobizFixture.partnerLogin()).okHttpClient(shared).build();
    client.customer(VobizFixture.customer());

    assertThat(shared.interceptors()).isEmpty();
    assertThat(shared.networkInterceptors()).isEmpty();
    assertThat(shared.authenticator()).isSameAs(okhttp3.Authenticator.NONE);
  }
}
