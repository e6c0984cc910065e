package io.cpaaskit.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginFailuresTest {
  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @CsvSource({
    "400, InvalidCredentialsException",
    "401, InvalidCredentialsException",
    "403, InvalidCredentialsException",
    "429, RateLimitedException",
    "408, LoginUnavailableException",
    "500, LoginUnavailableException",
    "503, LoginUnavailableException",
    "404, AuthenticationException",
  })
  void statusMapsToItsType(int status, String type) {
    IOException e = LoginFailures.forStatus("login", status, null, "https://api.example.test/auth/login", Clock.systemUTC());
    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e.getMessage()).contains("HTTP " + status);
  }

  @Test
  void vendorErrorIsKeptAsTheCause() {
    IllegalStateException vendor = new IllegalStateException("Zipteams: Forbidden");
    IOException e = LoginFailures.forStatus("token", 403, null, "https://api.example.test/t", Clock.systemUTC(), vendor);
    assertThat(e).isInstanceOf(InvalidCredentialsException.class).hasCause(vendor);
  }

  @Test
  void oneTimeExchangeIsRetriableOnlyWhenNothingWasSent() {
    assertThat(LoginFailures.forOneTimeTransport("boot", new ConnectException("refused"))).isInstanceOf(LoginUnavailableException.class);
    // JDK 17's socket says "Connect timed out"; OkHttp's own connect timeout says "connect timed out".
    assertThat(LoginFailures.forOneTimeTransport("boot", new SocketTimeoutException("Connect timed out"))).isInstanceOf(LoginUnavailableException.class);
    assertThat(LoginFailures.forOneTimeTransport("boot", new SocketTimeoutException("connect timed out"))).isInstanceOf(LoginUnavailableException.class);
    assertThat(LoginFailures.forOneTimeTransport("boot", new SocketTimeoutException("timeout")))
        .isInstanceOf(AmbiguousCredentialMintException.class)
        .hasMessageContaining("ambiguous")
        .hasMessageContaining("never sent again");
  }
}
