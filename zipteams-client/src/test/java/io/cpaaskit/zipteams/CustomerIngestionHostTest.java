package io.cpaaskit.zipteams;

import io.cpaaskit.testing.CallMode;
import static io.cpaaskit.zipteams.ZipteamsLoopback.json;
import static io.cpaaskit.zipteams.ZipteamsLoopback.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.zipteams.api.CustomerCallsApi;
import io.cpaaskit.zipteams.api.CustomerContactsApi;
import io.cpaaskit.zipteams.api.DashboardTokensApi;
import io.cpaaskit.zipteams.api.PartnerCallsApi;
import io.cpaaskit.zipteams.internal.ApiHosts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Customer API's call sync lives on its own AWS host (a path-level server in the spec): it goes there, and
 * nothing else does.
 */
class CustomerIngestionHostTest {
  private ZipteamsLoopback loopback;

  @BeforeEach
  void start() {
    loopback = new ZipteamsLoopback();
  }

  @AfterEach
  void stop() {
    loopback.close();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void callIngestionReachesTheIngestionServerAndCustomerSyncTheMainServer(CallMode mode) throws Exception {
    ZipteamsClient zipteams = loopback.customer();
    loopback.ingestion.enqueue(json(200, ZipteamsLoopback.INGESTION_ACK_BODY));
    loopback.main.enqueue(json(200, ZipteamsLoopback.CUSTOMER_SYNC_BODY));

    mode.run(zipteams.create(CustomerCallsApi.class).ingestCustomerCalls(ZipteamsLoopback.callSync()));
    mode.run(zipteams.create(CustomerContactsApi.class).syncCustomer(ZipteamsLoopback.customerSync()));

    assertThat(loopback.ingestion.getRequestCount()).isEqualTo(1);
    assertThat(take(loopback.ingestion).getUrl().encodedPath()).isEqualTo("/calls-webhook-ingestion-handler");
    assertThat(loopback.main.getRequestCount()).isEqualTo(1);
    assertThat(take(loopback.main).getUrl().encodedPath())
        .isEqualTo("/api/v1/client/conversation/webhook/customer-sync");
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void partnerOperationsNeverReachTheIngestionServer(CallMode mode) throws Exception {
    ZipteamsClient zipteams = loopback.partner();
    loopback.main.enqueue(json(200, ZipteamsLoopback.TOKEN_BODY));
    loopback.main.enqueue(json(200, ZipteamsLoopback.SUCCESS_BODY));
    loopback.main.enqueue(json(200, ZipteamsLoopback.SUCCESS_BODY));

    mode.run(zipteams.create(DashboardTokensApi.class).getDashboardToken());
    mode.run(zipteams.create(PartnerCallsApi.class).ingestCallBatch(ZipteamsLoopback.batch()));
    mode.run(zipteams.create(PartnerCallsApi.class).updateDispositionStatus(ZipteamsLoopback.disposition()));

    assertThat(loopback.main.getRequestCount()).isEqualTo(3);
    assertThat(loopback.ingestion.getRequestCount()).isZero();
  }

  @Test
  void aPathOnTheIngestionUrlIsKept() throws Exception {
    ZipteamsClient zipteams = loopback.builder()
        .customerIngestionUrl(loopback.ingestion.url("/prod").toString())
        .credentials(Canaries.customer())
        .build();
    loopback.ingestion.enqueue(json(200, ZipteamsLoopback.INGESTION_ACK_BODY));

    zipteams.create(CustomerCallsApi.class).ingestCustomerCalls(ZipteamsLoopback.callSync()).execute();

    assertThat(take(loopback.ingestion).getUrl().encodedPath()).isEqualTo("/prod/calls-webhook-ingestion-handler");
  }

  @Test
  void defaultsAreTheProductionHostsOfTheSpec() throws Exception {
    Map<String, Object> spec = spec();
    String specServer = String.valueOf(first(list(spec.get("servers"))).get("url"));
    Map<String, Object> ingestionPath = map(map(spec.get("paths")).get("/calls-webhook-ingestion-handler"));
    String specIngestionServer = String.valueOf(first(list(ingestionPath.get("servers"))).get("url"));
    assertThat(ZipteamsClient.DEFAULT_BASE_URL).isEqualTo(specServer);
    assertThat(ZipteamsClient.DEFAULT_CUSTOMER_INGESTION_URL).isEqualTo(specIngestionServer);

    // Answers every request locally, before any of the client's own interceptors, so nothing leaves the machine.
    List<HttpUrl> seen = new ArrayList<>();
    OkHttpClient offline = loopback.okHttp.newBuilder()
        .addInterceptor(chain -> {
          seen.add(chain.request().url());
          return new Response.Builder()
              .request(chain.request())
              .protocol(Protocol.HTTP_1_1)
              .code(200)
              .message("OK")
              .body(ResponseBody.create("{}", MediaType.get("application/json")))
              .build();
        })
        .build();
    ZipteamsClient zipteams =
        ZipteamsClient.builder().credentials(Canaries.customer()).okHttpClient(offline).build();

    zipteams.create(CustomerCallsApi.class).ingestCustomerCalls(ZipteamsLoopback.callSync()).execute();
    zipteams.create(CustomerContactsApi.class).syncCustomer(ZipteamsLoopback.customerSync()).execute();

    assertThat(seen).extracting(HttpUrl::toString).containsExactly(
        specIngestionServer + "/calls-webhook-ingestion-handler",
        specServer + "/api/v1/client/conversation/webhook/customer-sync");
  }

  @Test
  void theRoutingTableNamesExactlyTheOperationsWithAPathLevelServerInTheSpec() throws Exception {
    Set<String> withOwnServer = new TreeSet<>();
    for (Map.Entry<String, Object> path : map(spec().get("paths")).entrySet()) {
      Map<String, Object> item = map(path.getValue());
      if (item.containsKey("servers")) {
        for (Object operation : item.values()) {
          Object id = map(operation).get("operationId");
          if (id != null) {
            withOwnServer.add(String.valueOf(id));
          }
        }
      }
    }

    assertThat(ApiHosts.CUSTOMER_INGESTION_OPERATIONS).isEqualTo(withOwnServer);
    assertThat(ApiHosts.of(CustomerCallsApi.class)).isEqualTo(ApiHosts.Host.CUSTOMER_INGESTION);
    for (Class<?> api : List.of(DashboardTokensApi.class, PartnerCallsApi.class, CustomerContactsApi.class)) {
      assertThat(ApiHosts.of(api)).as(api.getSimpleName()).isEqualTo(ApiHosts.Host.MAIN);
    }
  }

  private static Map<String, Object> spec() throws IOException {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("specs/zipteams.yaml"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("specs/zipteams.yaml above the working directory").isNotNull();
    try (InputStream in = Files.newInputStream(dir.resolve("specs/zipteams.yaml"))) {
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return value instanceof List ? (List<Object>) value : List.of();
  }

  private static Map<String, Object> first(List<Object> values) {
    assertThat(values).isNotEmpty();
    return map(values.get(0));
  }
}
