package io.cpaaskit.tour;

import io.cpaaskit.sandbox.SandboxTraffic;

/** What the tour's steps check; a failed check fails its step with the message. */
final class Checks {
  private Checks() {}

  /** Passes when the sandbox saw no departure from the spec, in requests or in its own answers. */
  static String conformance(SandboxTraffic traffic) {
    require(traffic.violations().isEmpty(), "violations: " + traffic.violations());
    return traffic.requests() + " requests validated, 0 violations";
  }

  /** A call whose result is not needed. */
  @FunctionalInterface
  interface Attempt {
    Object run() throws Exception;
  }

  /** Passes when the attempt throws {@code type}; describes the exception, whose message holds no secret. */
  static String expectThrows(Class<? extends Exception> type, Attempt action) throws Exception {
    try {
      action.run();
    } catch (Exception e) {
      if (type.isInstance(e)) {
        return type.getName().substring(type.getName().lastIndexOf('.') + 1).replace('$', '.') + ": " + e.getMessage();
      }
      throw e;
    }
    throw new AssertionError("expected " + type.getSimpleName() + ", but the call succeeded");
  }

  /** Fails the step with {@code failure} unless {@code condition} holds. */
  static void require(boolean condition, String failure) {
    if (!condition) {
      throw new AssertionError(failure);
    }
  }
}
