package io.cpaaskit.voipbin.api;

import io.cpaaskit.core.retrofit.SpecOperation;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * Test only: an operation whose security lists nothing but the access key. No generated VoIPBIN operation refuses
 * both JWT schemes, so this is how the tests show a token credential being refused before anything is sent. It lives
 * in the generated package because {@code VoipbinClient.create} accepts no other.
 */
public interface AccessKeyOnlyTestApi {
  /**
   * Sends nothing when the client holds a token credential.
   *
   * @return the call
   */
  @SpecOperation(id = "accessKeyOnlyTestOperation", security = {"voipbinAccessKey"})
  @GET("v1.0/access-key-only")
  Call<ResponseBody> accessKeyOnly();
}
