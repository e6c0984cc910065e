package io.cpaaskit.tour;

import static io.cpaaskit.tour.Checks.conformance;
import static io.cpaaskit.tour.Checks.expectThrows;
import static io.cpaaskit.tour.Checks.require;

import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.auth.InvalidCredentialsException;
import io.cpaaskit.sandbox.VoipbinSandbox;
import io.cpaaskit.voipbin.VoipbinClient;
import io.cpaaskit.voipbin.VoipbinCredentials;
import io.cpaaskit.voipbin.api.AccesskeysApi;
import io.cpaaskit.voipbin.api.AgentsApi;
import io.cpaaskit.voipbin.api.AicallsApi;
import io.cpaaskit.voipbin.api.AisApi;
import io.cpaaskit.voipbin.api.AuthApi;
import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.voipbin.api.CustomersApi;
import io.cpaaskit.voipbin.api.FlowsApi;
import io.cpaaskit.voipbin.errors.VoipbinApiException;
import io.cpaaskit.voipbin.errors.VoipbinErrors;
import io.cpaaskit.voipbin.model.Accesskey;
import io.cpaaskit.voipbin.model.Address;
import io.cpaaskit.voipbin.model.Ai;
import io.cpaaskit.voipbin.model.AiEngineModel;
import io.cpaaskit.voipbin.model.Aicall;
import io.cpaaskit.voipbin.model.AicallAssistanceType;
import io.cpaaskit.voipbin.model.AicallReferenceType;
import io.cpaaskit.voipbin.model.CallLeg;
import io.cpaaskit.voipbin.model.CallList;
import io.cpaaskit.voipbin.model.CreateAccesskeyRequest;
import io.cpaaskit.voipbin.model.CreateAiRequest;
import io.cpaaskit.voipbin.model.CreateAicallRequest;
import io.cpaaskit.voipbin.model.CreateCallRequest;
import io.cpaaskit.voipbin.model.CreateFlowRequest;
import io.cpaaskit.voipbin.model.Flow;
import io.cpaaskit.voipbin.model.FlowAction;
import io.cpaaskit.voipbin.model.SignupRequest;
import io.cpaaskit.voipbin.model.SignupResult;
import io.cpaaskit.voipbin.paging.VoipbinPages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** VoIPBIN: signup, an agent's login, access keys, calls and flows, an AI's direct hash. */
final class VoipbinTour implements Tour.VendorTour {
  private static final Set<String> LOGIN_PATHS = Set.of("/auth/login", "/auth/boot");

  @Override
  public String id() {
    return "voipbin";
  }

  @Override
  public String name() {
    return "VoIPBIN";
  }

  @Override
  public Set<String> loginPaths() {
    return LOGIN_PATHS;
  }

  @Override
  public void sandbox(Report report, Wire wire) {
    TourClock clock = new TourClock();
    try (VoipbinSandbox sandbox = VoipbinSandbox.builder().clock(clock).tokenLifetime(Duration.ofHours(1)).start()) {
      Report.Section s = report.section(name(), "sandbox", wire);
      s.note("embedded VoIPBIN at " + sandbox.baseUrl() + "; every request is validated against specs/voipbin.yaml");
      VoipbinClient agent = client(sandbox.baseUrl(), VoipbinCredentials.password(sandbox.username(), sandbox.password()),
          wire, clock);
      VoipbinClient anonymous = client(sandbox.baseUrl(), VoipbinCredentials.accessKey(sandbox.accessKey()), wire, clock);

      s.step("signup: a new customer and its first access key", () -> {
        SignupResult signup = VoipbinErrors.execute(anonymous.create(AuthApi.class)
            .signup(new SignupRequest().email("ops@acme-clinics.example").acceptedTos(true).name("Acme Clinics")));
        require(signup.getAccesskey().getToken().startsWith("vb_"), "no access key in the signup answer");
        return "customer " + signup.getCustomer().getId() + ", access key " + signup.getAccesskey().getTokenPrefix()
            + "... (shown once; not printed)";
      });
      s.step("agent username and password: log in, read /me", () -> {
        String username = VoipbinErrors.execute(agent.create(AgentsApi.class).getMe()).getUsername();
        return "logged in as " + username + " (JWT with the custom 'expire' claim, 1 h here); logins "
            + sandbox.traffic().logins();
      });
      s.step("access key: read the customer", () ->
          "customer " + VoipbinErrors.execute(anonymous.create(CustomersApi.class).getCustomer()).getId());
      s.step("typed error: /me needs an agent's JWT; refused before sending", () -> expectThrows(
          CredentialNotAcceptedException.class, () -> anonymous.create(AgentsApi.class).getMe().execute()));
      CallsApi calls = agent.create(CallsApi.class);
      List<String> placed = new ArrayList<>();
      s.step("place five calls", () -> {
        for (int i = 1; i <= 5; i++) {
          placed.add(VoipbinErrors.execute(calls.createCall(call("+1415555010" + i))).getCalls().get(0).getId());
        }
        return placed.size() + " calls placed";
      });
      s.step("page through the calls, two per page", () -> {
        long before = sandbox.traffic().count("listCalls");
        int seen = 0;
        for (CallLeg leg : VoipbinPages.iterate(2, calls::listCalls, CallList::getResult, CallList::getNextPageToken)) {
          seen += placed.contains(leg.getId()) ? 1 : 0;
        }
        require(seen == 5, "saw " + seen + " of the 5 calls");
        return "5 calls over " + (sandbox.traffic().count("listCalls") - before) + " requests (page_token)";
      });
      s.step("hang up a call", () ->
          "call " + placed.get(0) + " is " + VoipbinErrors.execute(calls.hangupCall(placed.get(0))).getStatus());
      s.step("create a flow and list the flows", () -> {
        Flow flow = VoipbinErrors.execute(agent.create(FlowsApi.class).createFlow(new CreateFlowRequest()
            .name("greeting").detail("answers and greets").actions(List.of(
                new FlowAction().type(FlowAction.TypeEnum.ANSWER),
                new FlowAction().type(FlowAction.TypeEnum.TALK).option(Map.of("text", "Welcome to Acme", "language", "en-US"))))));
        int flows = VoipbinErrors.execute(agent.create(FlowsApi.class).listFlows(10, null)).getResult().size();
        return "flow " + flow.getId() + "; " + flows + " flow(s)";
      });
      s.step("an AI's direct hash: boot a 4 h token, start an AI call", () -> {
        Ai ai = VoipbinErrors.execute(agent.create(AisApi.class).createAi(new CreateAiRequest().name("front desk")
            .detail("answers").engineModel(AiEngineModel.OPENAI_GPT_5).parameter(Map.of()).engineKey("")
            .initPrompt("Be helpful.").ttsType("google").ttsVoiceId("en-US-Neural2-F").sttType("deepgram")));
        VoipbinClient widget = client(sandbox.baseUrl(), VoipbinCredentials.directHash(ai.getDirectHash()), wire, clock);
        Aicall started = VoipbinErrors.execute(widget.create(AicallsApi.class).createAicall(new CreateAicallRequest()
            .assistanceType(AicallAssistanceType.AI).assistanceId(ai.getId())
            .referenceType(AicallReferenceType.CALL).referenceId(placed.get(1))));
        return "AI call " + started.getId() + " is " + started.getStatus();
      });
      s.step("61 min later (sandbox clock): the expired JWT is renewed", () -> {
        long logins = sandbox.traffic().logins();
        clock.advance(Duration.ofMinutes(61));
        VoipbinErrors.execute(agent.create(AgentsApi.class).getMe());
        require(sandbox.traffic().logins() > logins, "no new login");
        require(sandbox.traffic().expiredTokens() == 0, "an expired token reached the server");
        return "re-login before the call; expired tokens sent 0";
      });
      s.step("the sandbox revokes every JWT: one 401, one re-login, replayed", () -> {
        long before = sandbox.traffic().unauthorized();
        sandbox.revokeTokens();
        VoipbinErrors.execute(agent.create(AgentsApi.class).getMe());
        require(sandbox.traffic().unauthorized() == before + 1, "expected exactly one 401");
        return "401 recovered; logins " + sandbox.traffic().logins();
      });
      s.step("injected 429 on a read: retried after Retry-After", () -> {
        sandbox.faults().on("listCalls").rateLimit(1, Duration.ofSeconds(1));
        VoipbinErrors.execute(calls.listCalls(2, null));
        return "429 then 200; retries so far: " + wire.counts().retries();
      });
      s.step("typed error: an unknown call (404)", () -> expectThrows(VoipbinApiException.NotFound.class,
          () -> VoipbinErrors.execute(calls.getCall("00000000-0000-4000-8000-000000000000"))));
      s.step("typed error: a wrong password (VoIPBIN's empty 400)", () -> {
        VoipbinClient wrong = client(sandbox.baseUrl(), VoipbinCredentials.password(sandbox.username(), "not-the-password"),
            wire, clock);
        return expectThrows(InvalidCredentialsException.class, () -> wrong.create(AgentsApi.class).getMe().execute());
      });
      s.step("every request conformed to specs/voipbin.yaml", () -> conformance(sandbox.traffic()));
      s.end();
    }
  }

  @Override
  public void real(Tour.Env env, boolean allowWrites, Report.Section s, Wire wire) {
    String baseUrl = env.get("VOIPBIN_BASE_URL");
    boolean agent = env.get("VOIPBIN_ACCESS_KEY") == null;
    VoipbinCredentials credentials = agent
        ? VoipbinCredentials.password(env.get("VOIPBIN_USERNAME"), env.get("VOIPBIN_PASSWORD"))
        : VoipbinCredentials.accessKey(env.get("VOIPBIN_ACCESS_KEY"));
    VoipbinClient.Builder builder = VoipbinClient.builder().credentials(credentials)
        .okHttpClient(wire.http()).tokenListener(wire);
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
    VoipbinClient voipbin = builder.build();
    if (agent) {
      s.step("agent username and password: log in, read /me", () ->
          "logged in as " + VoipbinErrors.execute(voipbin.create(AgentsApi.class).getMe()).getUsername());
    }
    s.step((agent ? "" : "access key: ") + "read the customer", () ->
        "customer " + VoipbinErrors.execute(voipbin.create(CustomersApi.class).getCustomer()).getId());
    s.step("first page of calls", () -> {
      List<CallLeg> page = VoipbinErrors.execute(voipbin.create(CallsApi.class).listCalls(5, null)).getResult();
      return (page == null ? 0 : page.size()) + " calls on page 1";
    });
    s.step("first page of flows", () -> {
      List<Flow> page = VoipbinErrors.execute(voipbin.create(FlowsApi.class).listFlows(5, null)).getResult();
      return (page == null ? 0 : page.size()) + " flows on page 1";
    });
    if (allowWrites) {
      s.step("--allow-writes: create an access key, then delete it", () -> {
        AccesskeysApi keys = voipbin.create(AccesskeysApi.class);
        Accesskey key = VoipbinErrors.execute(keys.createAccesskey(
            new CreateAccesskeyRequest().name("cpaaskit-tour").detail("created and deleted by the tour").expire(86_400)));
        VoipbinErrors.execute(keys.deleteAccesskey(key.getId()));
        return "access key " + key.getId() + " created and deleted";
      });
    } else {
      s.note("read-only: calls, flows and signups run only against the sandbox; --allow-writes adds a create-and-delete"
          + " of an access key.");
    }
    s.end();
  }

  private static VoipbinClient client(String baseUrl, VoipbinCredentials credentials, Wire wire, TourClock clock) {
    return VoipbinClient.builder().baseUrl(baseUrl).credentials(credentials)
        .okHttpClient(wire.http()).clock(clock).tokenListener(wire).build();
  }

  private static CreateCallRequest call(String number) {
    return new CreateCallRequest()
        .source(new Address().type(Address.TypeEnum.TEL).target("+14155550100"))
        .destinations(List.of(new Address().type(Address.TypeEnum.TEL).target(number)))
        .actions(List.of(new FlowAction().type(FlowAction.TypeEnum.TALK).option(Map.of("text", "Your appointment is tomorrow at 10"))));
  }
}
