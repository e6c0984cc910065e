package io.cpaaskit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.sandbox.internal.SpecApi;
import io.cpaaskit.testing.ApiFactory;
import io.cpaaskit.testing.OperationCase;
import io.cpaaskit.vobiz.VobizClient;
import io.cpaaskit.vobiz.VobizCredentials;
import io.cpaaskit.vobiz.partner.PartnerOperationsTest;
import io.cpaaskit.vobiz.voice.VoiceOperationsTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of both Vobiz specs, sent by the real {@link VobizClient} through the generated interfaces (the
 * rows of the client's own operation tables), reaches the sandbox as a conforming request and gets a conforming
 * answer: the operation tables and the sandbox agree with the specs, and with each other.
 */
class VobizContractTest {
  /** The customer the voice rows address. */
  private static final String CUSTOMER = "MA_ABCDEF1234";

  private VobizSandbox sandbox;
  private VobizClient vobiz;

  @BeforeEach
  void start() {
    sandbox = VobizSandbox.builder().customer(CUSTOMER, "contract-customer-token").start();
    vobiz = VobizClient.builder().baseUrl(sandbox.baseUrl())
        .credentials(VobizCredentials.partnerLogin(sandbox.partnerAuthId(), sandbox.partnerAuthToken(),
            sandbox.partnerEmail(), sandbox.partnerPassword()))
        .build();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void everyOperationOfBothSpecsIsSentAndAnsweredWithinTheSpec() {
    VobizClient.PartnerScope partner = vobiz.partner();
    VobizClient.CustomerScope customer = vobiz.customer(VobizCredentials.customer(CUSTOMER, "contract-customer-token"));

    Map<String, String> outcomes = new LinkedHashMap<>();
    outcomes.putAll(run(PartnerOperationsTest.cases(), partner::create));
    outcomes.putAll(run(VoiceOperationsTest.cases(), customer::create));

    assertThat(outcomes).as("every row gets an HTTP answer the client reads without an exception")
        .allSatisfy((operationId, outcome) -> assertThat(outcome).as(operationId).matches("\\d{3}"));

    Set<String> specOperations = new TreeSet<>(SpecApi.load("vobiz/partner.yaml").operationIds());
    specOperations.addAll(SpecApi.load("vobiz/voice.yaml").operationIds());
    Set<String> exchanged = sandbox.traffic().exchanges().stream()
        .map(SandboxTraffic.Exchange::operationId).collect(Collectors.toCollection(TreeSet::new));
    assertThat(exchanged).as("operations the sandbox saw (row outcomes: %s)", outcomes).isEqualTo(specOperations);
    assertThat(sandbox.traffic().violations()).as("violations (row outcomes: %s)", outcomes).isEmpty();
    // Only documented refusals: 401 for the rows' made-up console login, 404 for the rows' made-up resource ids.
    assertThat(sandbox.traffic().exchanges()).allSatisfy(exchange ->
        assertThat(exchange.status()).as(exchange.toString()).isIn(200, 201, 202, 204, 401, 404));
    assertThat(sandbox.traffic().unauthorized()).as("only the partnerLogin row is refused").isEqualTo(1);
  }

  /** Runs each row's call and notes its status (or the client's exception), for the assertion messages. */
  private static Map<String, String> run(Stream<OperationCase> rows, ApiFactory apis) {
    Map<String, String> outcomes = new LinkedHashMap<>();
    List<OperationCase> cases = rows.collect(Collectors.toCollection(ArrayList::new));
    for (OperationCase row : cases) {
      String outcome;
      try {
        retrofit2.Response<?> response = row.call().invoke(apis).execute();
        if (response.errorBody() != null) {
          response.errorBody().close();
        }
        outcome = Integer.toString(response.code());
      } catch (Exception e) {
        outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      outcomes.put(row.operationId(), outcome);
    }
    return outcomes;
  }
}
