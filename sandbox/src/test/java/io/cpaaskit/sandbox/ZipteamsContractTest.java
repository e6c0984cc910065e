package io.cpaaskit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.sandbox.internal.SpecApi;
import io.cpaaskit.testing.OperationCase;
import io.cpaaskit.zipteams.ZipteamsClient;
import io.cpaaskit.zipteams.ZipteamsCredentials;
import io.cpaaskit.zipteams.ZipteamsOperationsTest;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/** Every operation of {@code specs/zipteams.yaml}, sent by the generated client, passes the sandbox's validator. */
class ZipteamsContractTest {
  @Test
  void everyOperationSentThroughTheGeneratedClientConformsToTheSpec() throws Exception {
    try (ZipteamsSandbox sandbox = ZipteamsSandbox.start()) {
      ZipteamsClient partner = client(sandbox, ZipteamsCredentials.partner(sandbox.apiKey(), sandbox.apiSecret(), "acme", "sales"));
      ZipteamsClient customer = client(sandbox, ZipteamsCredentials.customer(sandbox.customerApiKey()));

      for (OperationCase row : ZipteamsOperationsTest.cases().collect(Collectors.toList())) {
        Response<?> response = executeSigned(row, partner, customer);
        if (response.errorBody() != null) {
          response.errorBody().close();
        }
      }

      Set<String> called = sandbox.traffic().exchanges().stream()
          .map(SandboxTraffic.Exchange::operationId).collect(Collectors.toSet());
      assertThat(called).containsExactlyInAnyOrderElementsOf(SpecApi.load("zipteams.yaml").operationIds());
      assertThat(sandbox.traffic().violations()).isEmpty();
      assertThat(sandbox.traffic().exchanges()).extracting(SandboxTraffic.Exchange::status)
          .as("signed with the right credential, every call is accepted").allMatch(status -> status / 100 == 2);
    }
  }

  private static Response<?> executeSigned(OperationCase row, ZipteamsClient partner, ZipteamsClient customer)
      throws Exception {
    try {
      return row.call().invoke(partner::create).execute();
    } catch (CredentialNotAcceptedException e) {
      // Credentials are checked when the call is sent: this row belongs to the Customer API.
      return row.call().invoke(customer::create).execute();
    }
  }

  private static ZipteamsClient client(ZipteamsSandbox sandbox, ZipteamsCredentials credentials) {
    return ZipteamsClient.builder()
        .baseUrl(sandbox.baseUrl())
        .customerIngestionUrl(sandbox.customerIngestionUrl())
        .credentials(credentials)
        .build();
  }
}
