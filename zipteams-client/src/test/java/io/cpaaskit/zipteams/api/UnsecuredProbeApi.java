package io.cpaaskit.zipteams.api;

import io.cpaaskit.core.retrofit.SpecOperation;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * Test only. Zipteams' spec has no operation with {@code security: []}; this interface, shaped exactly as the
 * generator would emit one, lets the tests check through {@code ZipteamsClient} that such an operation carries no
 * credential.
 */
public interface UnsecuredProbeApi {
  @SpecOperation(id = "probeUnsecured", security = {})
  @GET("api/v1/public/probe")
  Call<ResponseBody> probe();
}
