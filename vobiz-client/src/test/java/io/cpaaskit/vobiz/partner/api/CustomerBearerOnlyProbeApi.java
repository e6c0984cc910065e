package io.cpaaskit.vobiz.partner.api;

import io.cpaaskit.core.retrofit.SpecOperation;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * Test-only stand-in for a partner operation whose spec security lists only a scheme that no partner credential
 * satisfies. Every real partner operation accepts the header pair, so this is the only way to reach the "credential
 * not accepted" path of the partner scope; it lives in the generated package because the scope hands out nothing
 * else.
 */
public interface CustomerBearerOnlyProbeApi {
  /**
   * A probe operation.
   *
   * @return the call
   */
  @SpecOperation(id = "probeCustomerBearerOnly", security = {"vobizCustomerBearer"})
  @GET("probe")
  Call<ResponseBody> probe();
}
