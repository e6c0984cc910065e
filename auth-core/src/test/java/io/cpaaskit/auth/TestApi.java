package io.cpaaskit.auth;

import io.cpaaskit.core.retrofit.SpecOperation;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

/** Shaped like a generated interface: each method carries the spec's operationId and security schemes. */
interface TestApi {
  @SpecOperation(id = "login", security = {})
  @POST("login")
  Call<ResponseBody> login(@Body RequestBody body);

  @SpecOperation(id = "getThing", security = {"bearer", "keyId", "keySecret"})
  @GET("things/1")
  Call<ResponseBody> getThing();

  @SpecOperation(id = "createThing", security = {"bearer"})
  @POST("things")
  Call<ResponseBody> createThing(@Body RequestBody body);

  @SpecOperation(id = "keyedThing", security = {"keyId", "keySecret"})
  @GET("keyed")
  Call<ResponseBody> keyed();

  @SpecOperation(id = "queriedThing", security = {"accessKey"})
  @GET("queried")
  Call<ResponseBody> queried();

  @SpecOperation(id = "redirecting", security = {"keyId", "keySecret", "accessKey", "bearer"})
  @GET("redirect")
  Call<ResponseBody> redirecting();
}
