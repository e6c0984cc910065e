package io.cpaaskit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientHeapTest {
  @Test
  void countsClientClassesOnlyNotTheSandboxTheServerOrTheJdk() {
    String histogram = String.join("\n",
        " num     #instances         #bytes  class name (module)",
        "-------------------------------------------------------",
        "   1:         40000        4000000  [B (java.base@17)",
        "   2:            10           1000  okhttp3.internal.connection.RealConnection",
        "   3:            20            640  io.cpaaskit.auth.TokenManager",
        "   4:           500          16000  io.cpaaskit.sandbox.internal.Exchange",
        "   5:             3             96  mockwebserver3.MockWebServer",
        "   6:             4            128  retrofit2.OkHttpCall",
        "   7:             1             24  io.cpaaskit.reliability.SoakTest",
        "Total         40538        4017888");
    assertThat(ClientHeap.clientBytes(histogram)).isEqualTo(1000 + 640 + 128);
  }

  @Test
  void aLiveClientShowsUpInTheLiveHistogram() throws Exception {
    long before = ClientHeap.bytes();
    OkHttpClient[] clients = new OkHttpClient[50];
    for (int i = 0; i < clients.length; i++) {
      clients[i] = new OkHttpClient();
    }
    long during = ClientHeap.bytes();
    assertThat(during - before).isGreaterThan(50L * 200); // each client's own okhttp3 objects, held by the array
    assertThat(clients).doesNotContainNull();
  }
}
