package io.cpaaskit.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A loopback server that answers like VoIPBIN for the three operations the benchmarks use: {@code POST /auth/login}
 * (an HS256 JWT with VoIPBIN's custom {@code expire} claim), {@code GET /v1.0/calls/{id}} and
 * {@code POST /v1.0/calls}, the last two only with a Bearer token that it issued and that has not expired (otherwise
 * 401 with VoIPBIN's {@code {"error":{…}}} envelope). It counts logins, API calls and 401s.
 *
 * <p>It is a minimal HTTP/1.1 server on a plain {@link ServerSocket} (keep-alive, {@code Content-Length} bodies, one
 * thread per connection) rather than MockWebServer or the JDK's {@code HttpServer}: it does close to nothing per
 * request (no recording, no queue, no header map), so the client-side cost of our stack stays visible in the ratios;
 * and it sends no {@code Date} header, whose one-second resolution would blur a two-second token lifetime by up to
 * half of it (the client reads VoIPBIN lifetimes as {@code expire − Date}).
 */
public final class LoopbackVoipbin implements AutoCloseable {
  /** The agent the server accepts. */
  public static final String USERNAME = "bench@example.com";
  /** Its password (a benchmark fixture, not a secret). */
  public static final String PASSWORD = "bench-password";

  private static final DateTimeFormatter EXPIRE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final byte[] SIGNING_KEY = "loopback-voipbin-signing-key-0123456789".getBytes(StandardCharsets.US_ASCII);
  private static final JsonAdapter<Map<String, Object>> MAP =
      new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  /** A call leg with the members a real one carries, parsed by the generated {@code CallLeg}. */
  static final String CALL_LEG =
      "{\"id\":\"0a7c3f1e-5b9d-4e44-9f37-2c1d8e6a9b10\",\"customer_id\":\"5e4a0680-804e-11ec-8477-2fea5968d85b\","
          + "\"owner_type\":\"agent\",\"owner_id\":\"eb1ac5c0-ff63-47e2-bcdb-5da9c336eb4b\","
          + "\"flow_id\":\"6b8e2d3c-1f0a-4c55-8e21-7d9f0c3b4a12\",\"activeflow_id\":\"c2a5d1f8-7e3b-4a90-b6c4-1d2e3f4a5b6c\","
          + "\"type\":\"flow\",\"master_call_id\":\"\",\"chained_call_ids\":[],\"recording_id\":\"\",\"recording_ids\":[],"
          + "\"groupcall_id\":\"\",\"source\":{\"type\":\"tel\",\"target\":\"+14155551234\",\"target_name\":\"Front desk\","
          + "\"name\":\"\",\"detail\":\"\"},\"destination\":{\"type\":\"tel\",\"target\":\"+821100000001\","
          + "\"target_name\":\"\",\"name\":\"\",\"detail\":\"\"},\"status\":\"progressing\",\"direction\":\"outgoing\","
          + "\"hangup_by\":\"\",\"hangup_reason\":\"\",\"metadata\":{},\"tm_progressing\":\"2026-11-20 10:15:32.118402\","
          + "\"tm_ringing\":\"2026-11-20 10:15:30.004512\",\"tm_hangup\":null,\"tm_create\":\"2026-11-20 10:15:28.771200\","
          + "\"tm_update\":\"2026-11-20 10:15:32.118402\",\"tm_delete\":null}";

  private static final byte[] GET_BODY = CALL_LEG.getBytes(StandardCharsets.UTF_8);
  private static final byte[] POST_BODY =
      ("{\"calls\":[" + CALL_LEG + "],\"groupcalls\":[]}").getBytes(StandardCharsets.UTF_8);
  private static final byte[] UNAUTHORIZED_BODY =
      ("{\"error\":{\"status\":\"UNAUTHENTICATED\",\"reason\":\"INVALID_CREDENTIALS\","
              + "\"message\":\"The token is missing, expired or unknown.\",\"request_id\":\"req_LOOPBACK\"}}")
          .getBytes(StandardCharsets.UTF_8);
  private static final byte[] NOT_FOUND_BODY =
      "{\"error\":{\"status\":\"NOT_FOUND\",\"reason\":\"NOT_FOUND\",\"message\":\"No such route.\"}}"
          .getBytes(StandardCharsets.UTF_8);
  private static final byte[] EMPTY = new byte[0];

  private final ServerSocket serverSocket;
  private final ExecutorService connections;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Map<String, Instant> issued = new ConcurrentHashMap<>();
  private final AtomicInteger logins = new AtomicInteger();
  private final AtomicInteger unauthorized = new AtomicInteger();
  private final AtomicLong apiCalls = new AtomicLong();
  private volatile Duration lifetime = Duration.ofHours(1);
  private volatile Duration loginDelay = Duration.ZERO;
  private volatile boolean closed;

  private LoopbackVoipbin() throws IOException {
    serverSocket = new ServerSocket();
    serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    connections = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "loopback-voipbin");
      thread.setDaemon(true);
      return thread;
    });
    connections.execute(this::acceptLoop);
  }

  /**
   * Starts a server on an ephemeral loopback port.
   *
   * @return the running server
   * @throws IOException if the port cannot be bound
   */
  public static LoopbackVoipbin start() throws IOException {
    return new LoopbackVoipbin();
  }

  /**
   * Returns the root URL to give the client ({@code /auth/…} and {@code /v1.0/…} are below it).
   *
   * @return e.g. {@code http://127.0.0.1:41234/}
   */
  public String baseUrl() {
    return "http://" + serverSocket.getInetAddress().getHostAddress() + ":" + serverSocket.getLocalPort() + "/";
  }

  /**
   * Sets the lifetime of the tokens issued from now on (the {@code expire} claim, and when the server stops
   * accepting them).
   *
   * @param lifetime the lifetime
   */
  public void lifetime(Duration lifetime) {
    this.lifetime = lifetime;
  }

  /**
   * Sets how long each login takes on the server, standing in for the vendor's password check.
   *
   * @param delay the delay
   */
  public void loginDelay(Duration delay) {
    this.loginDelay = delay;
  }

  /**
   * Returns the logins answered so far.
   *
   * @return the count
   */
  public int logins() {
    return logins.get();
  }

  /**
   * Returns the API requests answered 401 so far.
   *
   * @return the count
   */
  public int unauthorized() {
    return unauthorized.get();
  }

  /**
   * Returns the API requests (not logins) received so far.
   *
   * @return the count
   */
  public long apiCalls() {
    return apiCalls.get();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    serverSocket.close();
    for (Socket socket : open) {
      socket.close();
    }
    connections.shutdownNow();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        return; // closed
      }
      open.add(socket);
      connections.execute(() -> serve(socket));
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 16384);
      StringBuilder line = new StringBuilder(128);
      while (true) {
        String requestLine = readLine(in, line);
        if (requestLine == null) {
          return;
        }
        if (requestLine.isEmpty()) {
          continue;
        }
        int contentLength = 0;
        String authorization = null;
        boolean close = false;
        String header;
        while ((header = readLine(in, line)) != null && !header.isEmpty()) {
          int colon = header.indexOf(':');
          if (colon <= 0) {
            continue;
          }
          String name = header.substring(0, colon);
          if (name.equalsIgnoreCase("Content-Length")) {
            contentLength = Integer.parseInt(header.substring(colon + 1).trim());
          } else if (name.equalsIgnoreCase("Authorization")) {
            authorization = header.substring(colon + 1).trim();
          } else if (name.equalsIgnoreCase("Connection")) {
            close = header.substring(colon + 1).trim().equalsIgnoreCase("close");
          }
        }
        if (header == null) {
          return;
        }
        byte[] body = contentLength == 0 ? EMPTY : in.readNBytes(contentLength);
        int firstSpace = requestLine.indexOf(' ');
        int secondSpace = requestLine.indexOf(' ', firstSpace + 1);
        String method = requestLine.substring(0, firstSpace);
        String target = requestLine.substring(firstSpace + 1, secondSpace < 0 ? requestLine.length() : secondSpace);
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        respond(out, method, path, authorization, body);
        out.flush();
        if (close) {
          return;
        }
      }
    } catch (SocketException e) {
      // the client closed the connection, or the server is closing
    } catch (IOException | RuntimeException e) {
      if (!closed) {
        System.err.println("loopback-voipbin: " + e);
      }
    } finally {
      open.remove(socket);
    }
  }

  private void respond(OutputStream out, String method, String path, String authorization, byte[] body)
      throws IOException {
    if (path.equals("/auth/login") && method.equals("POST")) {
      login(out, body);
      return;
    }
    boolean get = method.equals("GET") && path.startsWith("/v1.0/calls/") && path.length() > "/v1.0/calls/".length();
    boolean post = method.equals("POST") && path.equals("/v1.0/calls");
    if (!get && !post) {
      write(out, 404, "Not Found", NOT_FOUND_BODY);
      return;
    }
    apiCalls.incrementAndGet();
    if (!accepted(authorization)) {
      unauthorized.incrementAndGet();
      write(out, 401, "Unauthorized", UNAUTHORIZED_BODY);
      return;
    }
    write(out, 200, "OK", get ? GET_BODY : POST_BODY);
  }

  private boolean accepted(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    Instant expiresAt = issued.get(authorization.substring("Bearer ".length()));
    return expiresAt != null && Instant.now().isBefore(expiresAt);
  }

  private void login(OutputStream out, byte[] body) throws IOException {
    int n = logins.incrementAndGet();
    Duration delay = loginDelay;
    if (!delay.isZero()) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    Map<String, Object> credentials = MAP.fromJson(new String(body, StandardCharsets.UTF_8));
    if (credentials == null || !USERNAME.equals(credentials.get("username")) || !PASSWORD.equals(credentials.get("password"))) {
      write(out, 400, "Bad Request", EMPTY); // VoIPBIN's answer to a wrong password: 400, empty body
      return;
    }
    Instant expire = Instant.now().plus(lifetime);
    String token = jwt(n, expire);
    issued.put(token, expire);
    byte[] answer = ("{\"username\":\"" + USERNAME + "\",\"token\":\"" + token + "\"}").getBytes(StandardCharsets.UTF_8);
    write(out, 200, "OK", answer);
  }

  /**
   * Signs a VoIPBIN-shaped JWT: HS256, no {@code exp}, an {@code expire} claim in VoIPBIN's layout.
   *
   * @param serial makes every token distinct
   * @param expire when it expires
   * @return the compact JWT
   */
  static String jwt(int serial, Instant expire) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload =
        b64.encodeToString(
            ("{\"agent\":{\"id\":\"eb1ac5c0-ff63-47e2-bcdb-5da9c336eb4b\",\"username\":\"" + USERNAME + "\"},"
                    + "\"serial\":" + serial + ",\"expire\":\"" + EXPIRE.format(expire) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SIGNING_KEY, "HmacSHA256"));
      byte[] signature = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
      return header + "." + payload + "." + b64.encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /**
   * Formats an instant in VoIPBIN's {@code expire} layout, {@code 2006-01-02T15:04:05.000000Z}.
   *
   * @param instant the instant
   * @return the text
   */
  static String expireText(Instant instant) {
    return EXPIRE.format(instant);
  }

  private static void write(OutputStream out, int code, String reason, byte[] body) throws IOException {
    String head =
        "HTTP/1.1 " + code + " " + reason + "\r\n"
            + (body.length == 0 ? "" : "Content-Type: application/json; charset=utf-8\r\n")
            + "Content-Length: " + body.length + "\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
  }

  /** Reads one CRLF- or LF-terminated line as Latin-1; {@code null} at end of stream. */
  private static String readLine(InputStream in, StringBuilder line) throws IOException {
    line.setLength(0);
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      line.append((char) b);
    }
    return line.length() == 0 ? null : line.toString();
  }
}
