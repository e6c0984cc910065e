package io.cpaaskit.zipteams;

import static io.cpaaskit.zipteams.ZipteamsLoopback.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.auth.InvalidApiKeyException;
import io.cpaaskit.zipteams.api.CustomerCallsApi;
import io.cpaaskit.zipteams.api.DashboardTokensApi;
import io.cpaaskit.zipteams.api.PartnerCallsApi;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logging at the most verbose level shows the credential headers by name only, for both kinds. */
class HttpLoggingRedactionTest {
  private final List<String> lines = new CopyOnWriteArrayList<>();
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
  void partnerHeadersAreMaskedInBodyLevelLogs() throws Exception {
    ZipteamsClient zipteams = loopback.builder()
        .credentials(Canaries.partner())
        .httpLogging(HttpLogging.level(HttpLogging.Level.BODY).sink(lines::add))
        .build();
    loopback.main.enqueue(json(200, ZipteamsLoopback.TOKEN_BODY));
    loopback.main.enqueue(json(401, "{\"success\":false,\"message\":\"Unauthorized\"}"));

    zipteams.create(DashboardTokensApi.class).getDashboardToken().execute();
    InvalidApiKeyException rejected = catchThrowableOfType(InvalidApiKeyException.class,
        () -> zipteams.create(PartnerCallsApi.class).ingestCallBatch(ZipteamsLoopback.batch()).execute());

    assertThat(rejected).isNotNull();
    assertThat(lines).contains("x-api-key: ***", "x-api-secret: ***");
    assertThat(lines).anyMatch(line -> line.startsWith("<-- 401"));
    lines.forEach(Canaries::assertNoSecret);
  }

  @Test
  void theCustomerKeyIsMaskedInBodyLevelLogs() throws Exception {
    ZipteamsClient zipteams = loopback.builder()
        .credentials(Canaries.customer())
        .httpLogging(HttpLogging.level(HttpLogging.Level.BODY).sink(lines::add))
        .build();
    loopback.ingestion.enqueue(json(200, ZipteamsLoopback.INGESTION_ACK_BODY));

    zipteams.create(CustomerCallsApi.class).ingestCustomerCalls(ZipteamsLoopback.callSync()).execute();

    assertThat(lines).contains("x-zip-api-key: ***");
    lines.forEach(Canaries::assertNoSecret);
  }
}
