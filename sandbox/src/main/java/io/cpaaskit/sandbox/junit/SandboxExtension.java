package io.cpaaskit.sandbox.junit;

import io.cpaaskit.sandbox.Sandbox;
import io.cpaaskit.sandbox.VobizSandbox;
import io.cpaaskit.sandbox.VoipbinSandbox;
import io.cpaaskit.sandbox.ZipteamsSandbox;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test a started vendor sandbox and a client pointed at it, in two lines:
 *
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * class CallsTest {
 *   @Test
 *   void placesACall(VoipbinClient voipbin, VoipbinSandbox sandbox) throws IOException {
 *     voipbin.create(CallsApi.class).createCall(...).execute();
 *     assertThat(sandbox.traffic().count("createCall")).isEqualTo(1);
 *   }
 * }
 * }</pre>
 *
 * <p>Parameters it resolves, in test and lifecycle methods and constructors:
 * {@link VobizSandbox}, {@link VoipbinSandbox}, {@link ZipteamsSandbox}, and the clients
 * {@code io.cpaaskit.vobiz.VobizClient} (the sandbox partner's header pair),
 * {@code io.cpaaskit.voipbin.VoipbinClient} (the sandbox agent's username and password, so the token lifecycle runs)
 * and {@code io.cpaaskit.zipteams.ZipteamsClient} (the sandbox partner's keys for tenant {@code sandbox-tenant},
 * subtenant {@code sandbox-team}). A sandbox and the clients of one test share one server, fresh for each test
 * (or for the class, when resolved for a {@code @BeforeAll} method), and stopped when the test ends. A client type
 * needs its vendor module on the test classpath; the sandbox brings none of them.
 *
 * <p>Needs JUnit Jupiter 5.13 or later, which closes {@link AutoCloseable} values of its extension store.
 */
public final class SandboxExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxExtension.class);

  private static final Map<String, Supplier<Sandbox>> SANDBOXES = Map.of(
      VobizSandbox.class.getName(), VobizSandbox::start,
      VoipbinSandbox.class.getName(), VoipbinSandbox::start,
      ZipteamsSandbox.class.getName(), ZipteamsSandbox::start);

  // By name, so that a missing vendor module never loads: each factory class touches only its own client.
  private static final Map<String, String> CLIENT_SANDBOX = Map.of(
      "io.cpaaskit.vobiz.VobizClient", VobizSandbox.class.getName(),
      "io.cpaaskit.voipbin.VoipbinClient", VoipbinSandbox.class.getName(),
      "io.cpaaskit.zipteams.ZipteamsClient", ZipteamsSandbox.class.getName());

  /** Created by JUnit through {@code @ExtendWith}. */
  public SandboxExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    String type = parameter.getParameter().getType().getName();
    return SANDBOXES.containsKey(type) || CLIENT_SANDBOX.containsKey(type);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    String type = parameter.getParameter().getType().getName();
    if (SANDBOXES.containsKey(type)) {
      return sandbox(context, type);
    }
    Sandbox sandbox = sandbox(context, CLIENT_SANDBOX.get(type));
    Function<Sandbox, Object> factory = switch (type) {
      case "io.cpaaskit.vobiz.VobizClient" -> s -> VobizClients.partner((VobizSandbox) s);
      case "io.cpaaskit.voipbin.VoipbinClient" -> s -> VoipbinClients.agent((VoipbinSandbox) s);
      case "io.cpaaskit.zipteams.ZipteamsClient" -> s -> ZipteamsClients.partner((ZipteamsSandbox) s);
      default -> throw new ParameterResolutionException("SandboxExtension cannot build a " + type);
    };
    return factory.apply(sandbox);
  }

  private static Sandbox sandbox(ExtensionContext context, String type) {
    // The store closes the sandbox (AutoCloseable) when the test, or the class for @BeforeAll, is done.
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(type, t -> SANDBOXES.get(t).get(), Sandbox.class);
  }

  private static final class VobizClients {
    static Object partner(VobizSandbox sandbox) {
      return io.cpaaskit.vobiz.VobizClient.builder()
          .baseUrl(sandbox.baseUrl())
          .credentials(io.cpaaskit.vobiz.VobizCredentials.partner(sandbox.partnerAuthId(), sandbox.partnerAuthToken()))
          .clock(sandbox.clock())
          .build();
    }
  }

  private static final class VoipbinClients {
    static Object agent(VoipbinSandbox sandbox) {
      return io.cpaaskit.voipbin.VoipbinClient.builder()
          .baseUrl(sandbox.baseUrl())
          .credentials(io.cpaaskit.voipbin.VoipbinCredentials.password(sandbox.username(), sandbox.password()))
          .clock(sandbox.clock())
          .build();
    }
  }

  private static final class ZipteamsClients {
    static Object partner(ZipteamsSandbox sandbox) {
      return io.cpaaskit.zipteams.ZipteamsClient.builder()
          .baseUrl(sandbox.baseUrl())
          .customerIngestionUrl(sandbox.customerIngestionUrl())
          .credentials(io.cpaaskit.zipteams.ZipteamsCredentials.partner(
              sandbox.apiKey(), sandbox.apiSecret(), "sandbox-tenant", "sandbox-team"))
          .clock(sandbox.clock())
          .build();
    }
  }
}
