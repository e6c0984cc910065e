package io.cpaaskit.vobiz.errors;

import static io.cpaaskit.vobiz.LoopbackVobiz.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.core.errors.ErrorKind;
import io.cpaaskit.vobiz.LoopbackVobiz;
import io.cpaaskit.vobiz.VobizClient;
import io.cpaaskit.vobiz.partner.api.CustomersApi;
import io.cpaaskit.vobiz.voice.api.ConferencesApi;
import io.cpaaskit.vobiz.voice.api.NumbersApi;
import io.cpaaskit.vobiz.voice.model.ConferenceDetail;
import io.cpaaskit.vobiz.voice.model.NumberPage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * The conference lookup's {@code 200 {"api_id":…,"error":"failed"}} is thrown as {@link VobizApiException.UnexpectedStatus},
 * for raw Retrofit use ({@code execute()}, {@code enqueue()}) as for the helpers; real 2xx bodies are untouched.
 */
class ErrorBodyOnSuccessTest {
  private static final String FAILED = example("voice/conference-failed.json");

  private final LoopbackVobiz vobiz = new LoopbackVobiz();
  private final VobizClient client = vobiz.customerClient();
  private final VobizClient.CustomerScope acme = client.customer();
  private final ConferencesApi conferences = acme.create(ConferencesApi.class);

  @AfterEach
  void stop() {
    vobiz.close();
  }

  private Call<ConferenceDetail> standup() {
    return conferences.getConference(acme.authId(), "standup");
  }

  private static void assertConferenceFailed(VobizApiException e) {
    assertThat(e).isInstanceOf(VobizApiException.UnexpectedStatus.class);
    assertThat(e.status()).isEqualTo(200);
    assertThat(e.kind()).isEqualTo(ErrorKind.OTHER);
    assertThat(e.code()).isEqualTo("failed");
    assertThat(e.apiId()).isEqualTo("a9");
    assertThat(e.requestId()).isEqualTo("a9");
    assertThat(e.operationId()).isEqualTo("getConference");
    assertThat(e.url()).endsWith("/api/v1/Account/MA_ABCDEF1234/Conference/standup/");
    assertThat(e.rawBody()).isEqualTo(FAILED);
    assertThat(e.getMessage()).isEqualTo("Vobiz answered HTTP 200 to getConference (GET " + e.url() + "): failed");
  }

  @Test
  void rawExecute_throwsTheTypedException() {
    vobiz.enqueue(200, FAILED);

    assertConferenceFailed(catchThrowableOfType(VobizApiException.class, () -> standup().execute()));
  }

  @Test
  void rawEnqueue_reportsTheTypedExceptionToOnFailure() throws Exception {
    vobiz.enqueue(200, FAILED);
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<Object> outcome = new AtomicReference<>();
    Call<ConferenceDetail> call = standup();

    call.enqueue(
        new Callback<ConferenceDetail>() {
          @Override
          public void onResponse(Call<ConferenceDetail> c, Response<ConferenceDetail> response) {
            outcome.set(response);
            done.countDown();
          }

          @Override
          public void onFailure(Call<ConferenceDetail> c, Throwable failure) {
            outcome.set(c == call ? failure : new AssertionError("onFailure got another Call than the caller's"));
            done.countDown();
          }
        });

    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(outcome.get()).isInstanceOf(VobizApiException.class);
    assertConferenceFailed((VobizApiException) outcome.get());
  }

  @Test
  void helperExecute_throwsTheTypedException() {
    vobiz.enqueue(200, FAILED);

    assertConferenceFailed(catchThrowableOfType(VobizApiException.class, () -> client.execute(standup())));
  }

  @Test
  void helperEnqueue_failsTheFutureWithTheTypedException() {
    vobiz.enqueue(200, FAILED);

    ExecutionException e =
        catchThrowableOfType(ExecutionException.class, () -> client.enqueue(standup()).get(10, TimeUnit.SECONDS));

    assertConferenceFailed((VobizApiException) e.getCause());
  }

  @Test
  void aClonedCall_isTypedToo_andTheConnectionIsReusableAfterwards() throws Exception {
    vobiz.enqueue(200, FAILED);
    vobiz.enqueue(200, example("voice/conference.json"));
    Call<ConferenceDetail> original = standup();

    assertConferenceFailed(catchThrowableOfType(VobizApiException.class, () -> original.clone().execute()));
    ConferenceDetail room = original.execute().body();

    assertThat(room.getConferenceName()).isEqualTo("Daily Standup");
    assertThat(room.getError()).isNull();
  }

  @Test
  void aPartnerCall_isCoveredAsWell() {
    VobizClient partner = vobiz.partnerClient();
    vobiz.enqueue(200, "{\"api_id\":\"p1\",\"error\":\"failed\"}");

    VobizApiException e =
        catchThrowableOfType(
            VobizApiException.class, () -> partner.partner().create(CustomersApi.class).listCustomers(1, 20, null).execute());

    assertThat(e).isInstanceOf(VobizApiException.UnexpectedStatus.class);
    assertThat(e.apiId()).isEqualTo("p1");
    assertThat(e.operationId()).isEqualTo("listCustomers");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"api_id\":\"a9\",\"error\":null,\"conference_name\":\"standup\"}",
        "{\"api_id\":\"a9\",\"error\":\"\",\"conference_name\":\"standup\"}",
        "{\"api_id\":null,\"error\":\"failed\",\"conference_name\":\"standup\"}",
        "{\"error\":\"failed\",\"conference_name\":\"standup\"}",
        "{\"api_id\":\"a9\",\"conference_name\":\"standup\"}"
      })
  void bodiesWithoutBothMarkers_areReturnedAsModels(String body) throws Exception {
    vobiz.enqueue(200, body);

    ConferenceDetail room = standup().execute().body();

    assertThat(room.getConferenceName()).isEqualTo("standup");
  }

  @Test
  void aNonJsonContentType_isLeftToTheModelConverter() throws Exception {
    vobiz.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/plain").body(FAILED).build());

    ConferenceDetail room = standup().execute().body();

    assertThat(room.getError()).isEqualTo("failed"); // not ours to judge: the model keeps what was sent
  }

  @Test
  void aByteOrderMark_doesNotHideTheErrorBody() {
    vobiz.enqueue(200, "\uFEFF" + FAILED);

    VobizApiException e = catchThrowableOfType(VobizApiException.class, () -> standup().execute());

    assertThat(e.code()).isEqualTo("failed");
    assertThat(e.apiId()).isEqualTo("a9");
  }

  @Test
  void aLargeSuccessBody_isReadWhole() throws Exception {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      items.append(i == 0 ? "" : ",").append("{\"id\":\"n").append(i).append("\",\"e164\":\"+9198765").append(10000 + i).append("\"}");
    }
    String body = "{\"items\":[" + items + "],\"page\":1,\"per_page\":400,\"total\":400,\"api_id\":\"x\",\"error\":\"late\"}";
    assertThat(body.length()).isGreaterThan(8192);
    vobiz.enqueue(200, body);

    NumberPage page = acme.create(NumbersApi.class).listNumbers(acme.authId(), 1, 400, null, null).execute().body();

    assertThat(page.getItems()).hasSize(400);
    assertThat(page.getItems().get(399).getId()).isEqualTo("n399");
  }
}
