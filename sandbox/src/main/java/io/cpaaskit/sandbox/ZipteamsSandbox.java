package io.cpaaskit.sandbox;

/** Placeholder until the Zipteams emulator lands. */
public final class ZipteamsSandbox extends Sandbox {
  private ZipteamsSandbox(SandboxServer server) {
    super(server);
  }

  @Override
  public String baseUrl() {
    return server().url("/").toString();
  }
}
