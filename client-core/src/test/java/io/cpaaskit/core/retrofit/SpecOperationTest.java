package io.cpaaskit.core.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import retrofit2.Invocation;

class SpecOperationTest {
  interface Api {
    @SpecOperation(id = "createBot", security = {}, secretMembers = "engine_key,token,,engine_key,")
    void createBot();

    @SpecOperation(id = "listBots", security = {})
    void listBots();
  }

  /** Stands in for the proxy Retrofit would create. */
  private static final Api INSTANCE = new Api() {
    @Override
    public void createBot() {}

    @Override
    public void listBots() {}
  };

  private static Request builtBy(String methodName) throws NoSuchMethodException {
    Method method = Api.class.getDeclaredMethod(methodName);
    return new Request.Builder().url("http://localhost/")
        .tag(Invocation.class, Invocation.of(Api.class, INSTANCE, method, List.of())).build();
  }

  @Test
  void secretMembersAreTheGeneratedNamesOnceEach() throws Exception {
    assertThat(SpecOperation.Lookup.secretMembers(builtBy("createBot"))).containsExactlyInAnyOrder("engine_key", "token");
  }

  @Test
  void anOperationWithoutSecretMembersOrARequestNotBuiltByAGeneratedInterfaceHasNone() throws Exception {
    assertThat(SpecOperation.Lookup.secretMembers(builtBy("listBots"))).isEmpty();
    assertThat(SpecOperation.Lookup.secretMembers(new Request.Builder().url("http://localhost/").build())).isEmpty();
  }
}
