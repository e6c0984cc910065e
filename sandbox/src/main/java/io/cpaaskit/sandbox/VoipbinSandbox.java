package io.cpaaskit.sandbox;

/** Placeholder until the Voipbin emulator lands. */
public final class VoipbinSandbox extends Sandbox {
  private VoipbinSandbox(SandboxServer server) {
    super(server);
  }

  @Override
  public String baseUrl() {
    return server().url("/").toString();
  }
}
