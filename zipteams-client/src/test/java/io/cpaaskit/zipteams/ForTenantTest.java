package io.cpaaskit.zipteams;

import io.cpaaskit.testing.CallMode;
import static io.cpaaskit.zipteams.ZipteamsLoopback.json;
import static io.cpaaskit.zipteams.ZipteamsLoopback.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.zipteams.api.CustomerContactsApi;
import io.cpaaskit.zipteams.api.DashboardTokensApi;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link ZipteamsClient#forTenant}: one partner key pair, many tenants, one connection pool. */
class ForTenantTest {
  private ZipteamsLoopback loopback;
  private ZipteamsClient zipteams;

  @BeforeEach
  void start() {
    loopback = new ZipteamsLoopback();
    zipteams = loopback.partner();
  }

  @AfterEach
  void stop() {
    loopback.close();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void sendsTheOtherTenantPairWithTheSameKeyPairAndLeavesTheOriginalAlone(CallMode mode) throws Exception {
    ZipteamsClient other = zipteams.forTenant("tenant2", "subtenant7");
    for (int i = 0; i < 3; i++) {
      loopback.main.enqueue(json(200, ZipteamsLoopback.TOKEN_BODY));
    }

    mode.run(other.create(DashboardTokensApi.class).getDashboardToken());
    mode.run(zipteams.create(DashboardTokensApi.class).getDashboardToken());
    mode.run(other.forTenant("tenant3", "subtenant1").create(DashboardTokensApi.class).getDashboardToken());

    RecordedRequest forOther = take(loopback.main);
    assertThat(ZipteamsLoopback.credentialHeaderNames(forOther))
        .containsExactlyInAnyOrder("x-api-key", "x-api-secret", "x-tenant-id", "x-sub-tenant-id");
    assertThat(forOther.getHeaders().values("x-api-key")).containsExactly(Canaries.PARTNER_KEY);
    assertThat(forOther.getHeaders().values("x-api-secret")).containsExactly(Canaries.PARTNER_SECRET);
    assertThat(forOther.getHeaders().values("x-tenant-id")).containsExactly("tenant2");
    assertThat(forOther.getHeaders().values("x-sub-tenant-id")).containsExactly("subtenant7");
    PartnerCredentialsTest.assertCarriesPartnerHeaders(
        take(loopback.main), "GET", "/api/v1/partner/dashboard/auth/token");
    RecordedRequest forThird = take(loopback.main);
    assertThat(forThird.getHeaders().values("x-tenant-id")).containsExactly("tenant3");
    assertThat(forThird.getHeaders().values("x-sub-tenant-id")).containsExactly("subtenant1");
    assertThat(forThird.getHeaders().values("x-api-key")).containsExactly(Canaries.PARTNER_KEY);
  }

  @Test
  void sharesTheConnectionPoolWithTheClientItCameFrom() throws Exception {
    loopback.main.enqueue(json(200, ZipteamsLoopback.TOKEN_BODY));
    loopback.main.enqueue(json(200, ZipteamsLoopback.TOKEN_BODY));

    zipteams.create(DashboardTokensApi.class).getDashboardToken().execute();
    zipteams.forTenant("tenant2", "subtenant7").create(DashboardTokensApi.class).getDashboardToken().execute();

    RecordedRequest first = take(loopback.main);
    RecordedRequest second = take(loopback.main);
    assertThat(second.getConnectionIndex()).as("the same TCP connection").isEqualTo(first.getConnectionIndex());
    assertThat(second.getExchangeIndex()).isEqualTo(first.getExchangeIndex() + 1);
    assertThat(loopback.okHttp.connectionPool().connectionCount()).isEqualTo(1);
  }

  @Test
  void keepsRefusingCustomerOperations() {
    ZipteamsClient other = zipteams.forTenant("tenant2", "subtenant7");

    CredentialNotAcceptedException refused = catchThrowableOfType(CredentialNotAcceptedException.class,
        () -> other.create(CustomerContactsApi.class).syncCustomer(ZipteamsLoopback.customerSync()).execute());

    assertThat(refused).isNotNull();
    assertThat(loopback.main.getRequestCount()).isZero();
  }

  @Test
  void validatesTheIdsAsThePartnerFactoryDoes() {
    assertThatIllegalArgumentException().isThrownBy(() -> zipteams.forTenant(null, "subtenant7"))
        .withMessage("tenantId is null");
    assertThatIllegalArgumentException().isThrownBy(() -> zipteams.forTenant("tenant2", " "))
        .withMessage("subTenantId is blank");
    assertThatIllegalArgumentException().isThrownBy(() -> zipteams.forTenant(" tenant2", "subtenant7"))
        .withMessageStartingWith("tenantId has leading or trailing whitespace");
    assertThatIllegalArgumentException().isThrownBy(() -> zipteams.forTenant("tenant2", "Zürich-team"))
        .withMessageStartingWith("subTenantId holds a character that cannot be sent in an HTTP header")
        .withMessageNotContaining("Zürich");
  }

  @Test
  void isRefusedForCustomerCredentials() {
    ZipteamsClient customer = loopback.customer();

    assertThatIllegalStateException().isThrownBy(() -> customer.forTenant("tenant2", "subtenant7"))
        .withMessageContaining("partner credentials")
        .withMessageNotContaining(Canaries.CUSTOMER_KEY);
  }
}
