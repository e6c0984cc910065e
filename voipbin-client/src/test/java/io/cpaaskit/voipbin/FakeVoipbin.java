package io.cpaaskit.voipbin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A loopback VoIPBIN: answers queued per path (login, boot and API calls apart), every request recorded. */
final class FakeVoipbin implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final Map<String, Deque<MockResponse>> answers = new ConcurrentHashMap<>();
  private final List<RecordedRequest> received = new CopyOnWriteArrayList<>();

  private FakeVoipbin() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            received.add(request);
            Deque<MockResponse> queue = answers.get(request.getUrl().encodedPath());
            MockResponse answer = queue == null ? null : queue.pollFirst();
            // 418: no test expects it, so an unplanned request shows up in the assertions.
            return answer != null ? answer : new MockResponse.Builder().code(418).build();
          }
        });
  }

  static FakeVoipbin start() {
    FakeVoipbin fake = new FakeVoipbin();
    try {
      fake.server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the loopback server", e);
    }
    return fake;
  }

  /** The server root, as {@code VoipbinClient.Builder.baseUrl} wants it. */
  String baseUrl() {
    return server.url("/").toString();
  }

  void enqueue(String path, MockResponse response) {
    answers.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addLast(response);
  }

  void enqueue(String path, int code, String json) {
    MockResponse.Builder builder = new MockResponse.Builder().code(code);
    if (!json.isEmpty()) {
      builder.setHeader("Content-Type", "application/json").body(json);
    }
    enqueue(path, builder.build());
  }

  /** Requests received on {@code path}, in arrival order. */
  List<RecordedRequest> requests(String path) {
    List<RecordedRequest> matching = new ArrayList<>();
    for (RecordedRequest request : received) {
      if (request.getUrl().encodedPath().equals(path)) {
        matching.add(request);
      }
    }
    return matching;
  }

  List<RecordedRequest> all() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    server.close();
  }
}
