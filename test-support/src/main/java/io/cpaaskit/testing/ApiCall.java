package io.cpaaskit.testing;

import retrofit2.Call;

/** One invocation of a generated interface method, for example {@code apis -> apis.create(CallsApi.class).getCall("c1")}. */
@FunctionalInterface
public interface ApiCall {
  /**
   * Builds the call; the harness executes it.
   *
   * @param apis creates interfaces bound to the loopback server
   * @return the unexecuted Retrofit call
   * @throws Exception if building the arguments fails
   */
  Call<?> invoke(ApiFactory apis) throws Exception;
}
