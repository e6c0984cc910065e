package io.cpaaskit.voipbin.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cpaaskit.testing.LoopbackApis;
import io.cpaaskit.testing.SpecOperations;
import io.cpaaskit.voipbin.api.AgentsApi;
import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.voipbin.errors.VoipbinApiException;
import io.cpaaskit.voipbin.model.Agent;
import io.cpaaskit.voipbin.model.AgentList;
import io.cpaaskit.voipbin.model.AgentStatus;
import io.cpaaskit.voipbin.model.CallLeg;
import io.cpaaskit.voipbin.model.CallList;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link VoipbinPages} over VoIPBIN's {@code page_size}/{@code page_token} lists, on a loopback server. */
class VoipbinPagesTest {
  private static final SpecOperations SPEC = SpecOperations.load("specs/voipbin.yaml");

  private LoopbackApis apis;
  private CallsApi calls;

  @BeforeEach
  void start() {
    apis = LoopbackApis.start(SPEC);
    calls = apis.create(CallsApi.class);
  }

  @AfterEach
  void stop() {
    apis.close();
  }

  @Test
  void walksThreePagesAndStopsOnTheEmptyResultThatStillCarriesAToken() {
    apis.enqueue(200, page("t1", "c1", "c2"));
    apis.enqueue(200, page("t2", "c3", "c4"));
    apis.enqueue(200, page("t3", "c5"));
    apis.enqueue(200, page("t4")); // VoIPBIN's last page: no items, yet a token
    apis.enqueue(200, page("t5", "never")); // must not be requested

    List<String> ids = ids(VoipbinPages.iterate(2, calls::listCalls, CallList::getResult, CallList::getNextPageToken));

    assertThat(ids).containsExactly("c1", "c2", "c3", "c4", "c5");
    assertThat(apis.requestCount()).isEqualTo(4);
    List<HttpUrl> urls = urls(4);
    assertThat(urls).extracting(url -> url.queryParameter("page_size")).containsOnly("2");
    assertThat(urls).extracting(url -> url.queryParameter("page_token")).containsExactly(null, "t1", "t2", "t3");
    assertThat(urls).extracting(HttpUrl::encodedPath).containsOnly("/v1.0/calls");
  }

  @Test
  void doesNotStopOnAShortPageBecauseVoipbinCutsLargeSizesTo100() {
    apis.enqueue(200, page("t1", "c1"));
    apis.enqueue(200, page("t2", "c2"));
    apis.enqueue(200, page("t3"));

    List<String> ids = ids(VoipbinPages.iterate(500, calls::listCalls, CallList::getResult, CallList::getNextPageToken));

    assertThat(ids).containsExactly("c1", "c2");
    assertThat(urls(3)).extracting(url -> url.queryParameter("page_size")).containsOnly("500");
  }

  @Test
  void fetchesOnlyThePagesTheStreamConsumes() {
    for (int i = 1; i <= 5; i++) {
      apis.enqueue(200, page("t" + i, "c" + (2 * i - 1), "c" + (2 * i)));
    }

    List<String> firstThree = VoipbinPages.stream(2, calls::listCalls, CallList::getResult, CallList::getNextPageToken)
        .limit(3)
        .map(CallLeg::getId)
        .collect(Collectors.toList());

    assertThat(firstThree).containsExactly("c1", "c2", "c3");
    assertThat(apis.requestCount()).isEqualTo(2);
  }

  @Test
  void fetchesNothingUntilIterationStartsAndOnePagePerPageConsumed() {
    apis.enqueue(200, page("t1", "c1", "c2"));
    apis.enqueue(200, page("t2", "c3", "c4"));

    Iterable<CallLeg> all = VoipbinPages.iterate(2, calls::listCalls, CallList::getResult, CallList::getNextPageToken);
    assertThat(apis.requestCount()).isZero();

    Iterator<CallLeg> iterator = all.iterator();
    assertThat(apis.requestCount()).isZero();
    assertThat(iterator.next().getId()).isEqualTo("c1");
    assertThat(iterator.next().getId()).isEqualTo("c2");
    assertThat(apis.requestCount()).isEqualTo(1);
    assertThat(iterator.next().getId()).isEqualTo("c3");
    assertThat(apis.requestCount()).isEqualTo(2);
  }

  @Test
  void startsAgainFromTheFirstPageOnEachIteration() {
    apis.enqueue(200, page("t1", "c1"));
    apis.enqueue(200, page("t2"));
    apis.enqueue(200, page("t1", "c1"));
    apis.enqueue(200, page("t2"));
    Iterable<CallLeg> all = VoipbinPages.iterate(1, calls::listCalls, CallList::getResult, CallList::getNextPageToken);

    assertThat(ids(all)).containsExactly("c1");
    assertThat(ids(all)).containsExactly("c1");
    assertThat(urls(4)).extracting(url -> url.queryParameter("page_token")).containsExactly(null, "t1", null, "t1");
  }

  @Test
  void passesTheListsFiltersThroughALambda() {
    apis.enqueue(200, "{\"result\":[{\"id\":\"a1\"}],\"next_page_token\":\"t1\"}");
    apis.enqueue(200, "{\"result\":[],\"next_page_token\":\"\"}");
    AgentsApi agents = apis.create(AgentsApi.class);

    List<Agent> available = VoipbinPages.stream(
            25, (size, token) -> agents.listAgents(size, token, null, AgentStatus.AVAILABLE),
            AgentList::getResult, AgentList::getNextPageToken)
        .collect(Collectors.toList());

    assertThat(available).extracting(Agent::getId).containsExactly("a1");
    HttpUrl first = urls(1).get(0);
    assertThat(first.encodedPath()).isEqualTo("/v1.0/agents");
    assertThat(first.queryParameter("page_size")).isEqualTo("25");
    assertThat(first.queryParameter("status")).isEqualTo("available");
  }

  @Test
  void stopsWhenATokenIsMissingBlankOrRepeatedRatherThanRestartingOrLooping() {
    apis.enqueue(200, "{\"result\":[{\"id\":\"c1\"}]}");
    assertThat(ids(VoipbinPages.iterate(1, calls::listCalls, CallList::getResult, CallList::getNextPageToken)))
        .containsExactly("c1");
    assertThat(apis.requestCount()).isEqualTo(1);

    apis.enqueue(200, page("", "c1"));
    assertThat(ids(VoipbinPages.iterate(1, calls::listCalls, CallList::getResult, CallList::getNextPageToken)))
        .containsExactly("c1");
    assertThat(apis.requestCount()).isEqualTo(2);

    apis.enqueue(200, page("same", "c1"));
    apis.enqueue(200, page("same", "c2"));
    apis.enqueue(200, page("same", "c3")); // must not be requested
    assertThat(ids(VoipbinPages.iterate(1, calls::listCalls, CallList::getResult, CallList::getNextPageToken)))
        .containsExactly("c1", "c2");
    assertThat(apis.requestCount()).isEqualTo(4);
  }

  @Test
  void treatsAMissingResultOrABodilessAnswerAsTheEnd() {
    apis.enqueue(200, "{\"next_page_token\":\"t1\"}");
    assertThat(ids(VoipbinPages.iterate(1, calls::listCalls, CallList::getResult, CallList::getNextPageToken))).isEmpty();

    apis.enqueue(new MockResponse.Builder().code(204).build());
    assertThat(ids(VoipbinPages.iterate(1, calls::listCalls, CallList::getResult, CallList::getNextPageToken))).isEmpty();
    assertThat(apis.requestCount()).isEqualTo(2);
  }

  @Test
  void throwsTheTypedExceptionForAnErrorPageAfterServingTheEarlierOnes() {
    apis.enqueue(200, page("t1", "c1"));
    apis.enqueue(429, "{\"error\":{\"status\":\"RESOURCE_EXHAUSTED\",\"reason\":\"RATE_LIMIT_EXCEEDED\"}}");
    Iterator<CallLeg> iterator =
        VoipbinPages.iterate(1, calls::listCalls, CallList::getResult, CallList::getNextPageToken).iterator();

    assertThat(iterator.next().getId()).isEqualTo("c1");
    Throwable thrown = catchThrowable(iterator::hasNext);

    assertThat(thrown).isInstanceOf(VoipbinApiException.RateLimited.class);
    assertThat(((VoipbinApiException) thrown).reason()).isEqualTo("RATE_LIMIT_EXCEEDED");
  }

  @Test
  void wrapsATransportFailureInUncheckedIOException() {
    apis.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

    Throwable thrown = catchThrowable(
        () -> VoipbinPages.stream(1, calls::listCalls, CallList::getResult, CallList::getNextPageToken).findFirst());

    assertThat(thrown).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void rejectsAPageSizeBelowOneBeforeSendingAnything() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> VoipbinPages.iterate(0, calls::listCalls, CallList::getResult, CallList::getNextPageToken))
        .withMessage("pageSize must be at least 1 but was 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> VoipbinPages.stream(-5, calls::listCalls, CallList::getResult, CallList::getNextPageToken));
    assertThat(apis.requestCount()).isZero();
  }

  private static String page(String token, String... ids) {
    String items = java.util.Arrays.stream(ids).map(id -> "{\"id\":\"" + id + "\"}").collect(Collectors.joining(","));
    return "{\"result\":[" + items + "],\"next_page_token\":\"" + token + "\"}";
  }

  private static List<String> ids(Iterable<CallLeg> calls) {
    List<String> ids = new ArrayList<>();
    for (CallLeg call : calls) {
      ids.add(call.getId());
    }
    return ids;
  }

  private List<HttpUrl> urls(int count) {
    List<HttpUrl> urls = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      RecordedRequest request = apis.takeRequest();
      urls.add(request.getUrl());
    }
    return urls;
  }
}
