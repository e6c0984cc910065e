package io.cpaaskit.sandbox;

/** Placeholder until the Vobiz emulator lands. */
public final class VobizSandbox extends Sandbox {
  private VobizSandbox(SandboxServer server) {
    super(server);
  }

  @Override
  public String baseUrl() {
    return server().url("/").toString();
  }
}
