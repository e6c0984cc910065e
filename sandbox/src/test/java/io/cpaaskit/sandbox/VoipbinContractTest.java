package io.cpaaskit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.auth.RetryPolicy;
import io.cpaaskit.sandbox.internal.SpecApi;
import io.cpaaskit.testing.OperationCase;
import io.cpaaskit.voipbin.VoipbinClient;
import io.cpaaskit.voipbin.VoipbinCredentials;
import io.cpaaskit.voipbin.VoipbinOperationsTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/**
 * Every operation of {@code voipbin.yaml}, sent through the generated interfaces of the real {@code VoipbinClient}
 * (the operation table of the client's own tests), reaches the sandbox, conforms to the spec, and gets an answer that
 * conforms too. Rows name ids the sandbox does not know, so many answers are 404s or the bare 400 of {@code /auth/*};
 * what matters is that every request and every answer was validated.
 */
class VoipbinContractTest {
  @Test
  void everyOperationOfTheSpecIsServedAndBothDirectionsConform() throws Exception {
    try (VoipbinSandbox sandbox = VoipbinSandbox.start()) {
      // A login JWT may sign every operation, getMe included (an access key may not).
      VoipbinClient client = VoipbinClient.builder()
          .baseUrl(sandbox.baseUrl())
          .credentials(VoipbinCredentials.password(sandbox.username(), sandbox.password()))
          .retryPolicy(RetryPolicy.none())
          .build();
      List<OperationCase> rows = VoipbinOperationsTest.cases().collect(Collectors.toList());

      for (OperationCase row : rows) {
        Response<?> response = row.call().invoke(client::create).execute();
        assertThat(response.code()).as(row.operationId()).isLessThan(500);
        if (response.errorBody() != null) {
          response.errorBody().close();
        }
      }

      Set<String> served = new HashSet<>();
      sandbox.traffic().exchanges().forEach(exchange -> served.add(exchange.operationId()));
      assertThat(served).containsExactlyInAnyOrderElementsOf(SpecApi.load("voipbin.yaml").operationIds());
      assertThat(sandbox.traffic().violations()).isEmpty();
      assertThat(sandbox.traffic().serverErrors()).isZero();
    }
  }
}
