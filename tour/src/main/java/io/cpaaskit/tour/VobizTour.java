package io.cpaaskit.tour;

import static io.cpaaskit.tour.Checks.conformance;
import static io.cpaaskit.tour.Checks.expectThrows;
import static io.cpaaskit.tour.Checks.require;

import io.cpaaskit.sandbox.VobizSandbox;
import io.cpaaskit.vobiz.VobizClient;
import io.cpaaskit.vobiz.VobizCredentials;
import io.cpaaskit.vobiz.errors.VobizApiException;
import io.cpaaskit.vobiz.paging.VobizPages;
import io.cpaaskit.vobiz.partner.api.CustomersApi;
import io.cpaaskit.vobiz.partner.api.PartnersApi;
import io.cpaaskit.vobiz.partner.api.TransactionsApi;
import io.cpaaskit.vobiz.partner.model.CreateCustomerRequest;
import io.cpaaskit.vobiz.partner.model.CreatedCustomer;
import io.cpaaskit.vobiz.partner.model.Customer;
import io.cpaaskit.vobiz.partner.model.CustomerPage;
import io.cpaaskit.vobiz.partner.model.PartnerProfile;
import io.cpaaskit.vobiz.partner.model.TransferBalanceRequest;
import io.cpaaskit.vobiz.voice.api.AccountsApi;
import io.cpaaskit.vobiz.voice.api.ApplicationsApi;
import io.cpaaskit.vobiz.voice.api.CallsApi;
import io.cpaaskit.vobiz.voice.api.CdrsApi;
import io.cpaaskit.vobiz.voice.model.CdrPage;
import io.cpaaskit.vobiz.voice.model.CreateApplicationRequest;
import io.cpaaskit.vobiz.voice.model.MakeCallRequest;
import io.cpaaskit.vobiz.voice.model.MakeCallResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Vobiz: the partner's header pair and console login, customers, money, a call, its CDR. */
final class VobizTour implements Tour.VendorTour {
  private static final Set<String> LOGIN_PATHS = Set.of("/api/v1/partner/login");

  @Override
  public String id() {
    return "vobiz";
  }

  @Override
  public String name() {
    return "Vobiz";
  }

  @Override
  public Set<String> loginPaths() {
    return LOGIN_PATHS;
  }

  @Override
  public void sandbox(Report report, Wire wire) {
    TourClock clock = new TourClock();
    try (VobizSandbox sandbox = VobizSandbox.builder().clock(clock).start()) {
      Report.Section s = report.section(name(), "sandbox", wire);
      s.note("embedded Vobiz at " + sandbox.baseUrl() + "; every request is validated against specs/vobiz/*.yaml");
      VobizClient vobiz = VobizClient.builder()
          .baseUrl(sandbox.baseUrl())
          .credentials(VobizCredentials.partner(sandbox.partnerAuthId(), sandbox.partnerAuthToken()))
          .okHttpClient(wire.http())
          .clock(clock)
          .tokenListener(wire)
          .build();
      CustomersApi customers = vobiz.partner().create(CustomersApi.class);
      List<CreatedCustomer> created = new ArrayList<>();

      s.step("partner header pair: read the partner profile", () -> {
        PartnerProfile me = vobiz.execute(vobiz.partner().create(PartnersApi.class).getPartnerProfile());
        return me.getAuthId() + " \"" + me.getName() + "\"";
      });
      s.step("create three customers (each gets its own MA_ credentials)", () -> {
        for (String name : List.of("acme-clinics", "bharat-logistics", "chai-point")) {
          created.add(vobiz.execute(customers.createCustomer(new CreateCustomerRequest().name(name)
              .email(name + "@example.in").password("Str0ng!Passw0rd").country("IN").phone("+919876543210"))));
        }
        return created.stream().map(CreatedCustomer::getAuthId).collect(Collectors.joining(", "));
      });
      s.step("page through every customer, two per page", () -> {
        List<String> ids = VobizPages.pageSize(2, (page, size) -> customers.listCustomers(page, size, null),
                CustomerPage::getAccounts, CustomerPage::getTotal)
            .stream().map(Customer::getAuthId).collect(Collectors.toList());
        require(ids.containsAll(created.stream().map(CreatedCustomer::getAuthId).toList()), "missing customers: " + ids);
        return ids.size() + " customers over " + sandbox.traffic().count("listCustomers") + " pages";
      });
      s.step("transfer 500.00 INR from the partner to " + "acme-clinics", () -> {
        var transfer = vobiz.execute(vobiz.partner().create(TransactionsApi.class).transferBalance(
            created.get(0).getAuthId(), new TransferBalanceRequest().amount(new BigDecimal("500.00")).currency("INR")));
        BigDecimal balance = vobiz.execute(customers.getCustomerBalance(created.get(0).getAuthId())).getCashCredits();
        return "partner balance now " + transfer.getPartnerBalanceAfter() + "; customer wallet " + balance;
      });

      VobizClient.CustomerScope acme = vobiz.customer(
          VobizCredentials.customer(created.isEmpty() ? "MA_UNUSED" : created.get(0).getAuthId(),
              created.isEmpty() ? "unused-token" : created.get(0).getAuthToken()));
      CallsApi calls = acme.create(CallsApi.class);
      String[] uuid = new String[1];
      s.step("customer credentials: place a call", () -> {
        MakeCallResponse fired = vobiz.execute(calls.makeCall(acme.authId(), new MakeCallRequest()
            .from("919876543210").to("+14155550100").answerUrl("https://ivr.example/answer")
            .answerMethod(MakeCallRequest.AnswerMethodEnum.POST)));
        uuid[0] = fired.getRequestUuid();
        return fired.getMessage() + ": " + uuid[0];
      });
      s.step("the call shows as live", () -> {
        List<String> live = vobiz.execute(calls.listLiveCalls(acme.authId(), "live")).getCalls();
        require(live.contains(uuid[0]), "not live: " + live);
        return live.size() + " live call(s)";
      });
      s.step("75 s later (sandbox clock): hang up; a CDR appears", () -> {
        clock.advance(Duration.ofSeconds(75));
        vobiz.execute(calls.hangupCall(acme.authId(), uuid[0]));
        CdrPage cdrs = vobiz.execute(acme.create(CdrsApi.class).listCdrs(acme.authId(), null, null, null, null, null,
            null, null, null, null, null, null, null, null, 1, 20));
        var cdr = cdrs.getData().stream().filter(c -> uuid[0].equals(c.getUuid())).findFirst()
            .orElseThrow(() -> new AssertionError("no CDR for " + uuid[0]));
        return "CDR " + cdr.getUuid() + ", " + cdr.getDuration() + " s, cost " + cdr.getTotalCost();
      });
      s.step("typed error: a customer without balance cannot call (402)", () -> {
        VobizClient.CustomerScope broke = vobiz.customer(
            VobizCredentials.customer(created.get(1).getAuthId(), created.get(1).getAuthToken()));
        return expectThrows(VobizApiException.PaymentRequired.class, () -> vobiz.execute(broke.create(CallsApi.class)
            .makeCall(broke.authId(), new MakeCallRequest().from("919876543210").to("+14155550100")
                .answerUrl("https://ivr.example/answer").answerMethod(MakeCallRequest.AnswerMethodEnum.POST))));
      });
      s.step("typed error: an unknown customer (404)", () -> expectThrows(VobizApiException.NotFound.class,
          () -> vobiz.execute(customers.getCustomer("MA_NOSUCHCUST01"))));
      s.step("injected 429 on a read: retried after Retry-After", () -> {
        sandbox.faults().on("listCustomers").rateLimit(1, Duration.ofSeconds(1));
        vobiz.execute(customers.listCustomers(1, 5, null));
        return "429 then 200; retries so far: " + wire.counts().retries();
      });

      VobizClient console = VobizClient.builder()
          .baseUrl(sandbox.baseUrl())
          .credentials(VobizCredentials.partnerLogin(sandbox.partnerAuthId(), sandbox.partnerAuthToken(),
              sandbox.partnerEmail(), sandbox.partnerPassword()))
          .okHttpClient(wire.http())
          .clock(clock)
          .tokenListener(wire)
          .build();
      PartnersApi partners = console.partner().create(PartnersApi.class);
      s.step("partner console login: JWT (1 h) for the reads that accept it", () -> {
        console.execute(partners.getPartnerProfile());
        return "logged in; logins so far: " + sandbox.traffic().logins();
      });
      s.step("61 min later (sandbox clock): the expired JWT is renewed", () -> {
        clock.advance(Duration.ofMinutes(61));
        console.execute(partners.getPartnerDashboard());
        require(sandbox.traffic().expiredTokens() == 0, "an expired token reached the server");
        return "re-login before the call; logins " + sandbox.traffic().logins() + ", expired tokens sent 0";
      });
      s.step("the sandbox revokes every JWT: one 401, one re-login, replayed", () -> {
        long before = sandbox.traffic().unauthorized();
        sandbox.revokeTokens();
        console.execute(partners.getPartnerProfile());
        require(sandbox.traffic().unauthorized() == before + 1, "expected exactly one 401");
        return "401 recovered; logins " + sandbox.traffic().logins();
      });
      s.step("every request conformed to specs/vobiz/*.yaml", () -> conformance(sandbox.traffic()));
      s.end();
    }
  }

  @Override
  public void real(Tour.Env env, boolean allowWrites, Report.Section s, Wire wire) {
    String authId = env.get("VOBIZ_AUTH_ID");
    String token = env.get("VOBIZ_AUTH_TOKEN");
    String baseUrl = env.getOrDefault("VOBIZ_BASE_URL", VobizClient.PRODUCTION_URL);
    if (authId.startsWith("PA_")) {
      VobizClient vobiz = VobizClient.builder().baseUrl(baseUrl).credentials(VobizCredentials.partner(authId, token))
          .okHttpClient(wire.http()).tokenListener(wire).build();
      CustomersApi customers = vobiz.partner().create(CustomersApi.class);
      s.step("partner header pair: read the partner profile", () ->
          vobiz.execute(vobiz.partner().create(PartnersApi.class).getPartnerProfile()).getAuthId());
      s.step("first page of customers", () -> {
        CustomerPage page = vobiz.execute(customers.listCustomers(1, 5, null));
        return (page.getAccounts() == null ? 0 : page.getAccounts().size()) + " shown of " + page.getTotal();
      });
      s.step("first page of the partner's CDRs", () -> {
        var page = vobiz.execute(vobiz.partner().create(io.cpaaskit.vobiz.partner.api.CdrsApi.class)
            .listPartnerCdrs(null, null, null, 1, 5));
        return (page.getData() == null ? 0 : page.getData().size()) + " CDRs on page 1";
      });
      String email = env.get("VOBIZ_PARTNER_EMAIL");
      String password = env.get("VOBIZ_PARTNER_PASSWORD");
      if (email != null && password != null) {
        VobizClient console = VobizClient.builder().baseUrl(baseUrl)
            .credentials(VobizCredentials.partnerLogin(authId, token, email, password))
            .okHttpClient(wire.http()).tokenListener(wire).build();
        s.step("partner console login: a JWT, then the profile with it", () ->
            console.execute(console.partner().create(PartnersApi.class).getPartnerProfile()).getAuthId());
      }
      s.note("read-only: creating customers and moving money run only against the sandbox"
          + (allowWrites ? " (also with --allow-writes: they cannot be undone)." : "."));
    } else {
      VobizClient vobiz = VobizClient.builder().baseUrl(baseUrl).credentials(VobizCredentials.customer(authId, token))
          .okHttpClient(wire.http()).tokenListener(wire).build();
      VobizClient.CustomerScope me = vobiz.customer();
      s.step("customer header pair: read the account profile", () ->
          vobiz.execute(me.create(AccountsApi.class).getAuthProfile()).getAuthId());
      s.step("current concurrency", () ->
          String.valueOf(vobiz.execute(me.create(AccountsApi.class).getConcurrency(me.authId()))));
      s.step("first page of CDRs", () -> {
        CdrPage page = vobiz.execute(me.create(CdrsApi.class).listCdrs(me.authId(), null, null, null, null, null, null,
            null, null, null, null, null, null, null, 1, 5));
        return (page.getData() == null ? 0 : page.getData().size()) + " CDRs on page 1";
      });
      if (allowWrites) {
        ApplicationsApi applications = me.create(ApplicationsApi.class);
        s.step("--allow-writes: create an application, then delete it", () -> {
          String appId = vobiz.execute(applications.createApplication(me.authId(), new CreateApplicationRequest()
              .appName("cpaaskit-tour").answerUrl("https://example.com/answer")
              .answerMethod(CreateApplicationRequest.AnswerMethodEnum.POST))).getAppId();
          vobiz.execute(applications.deleteApplication(me.authId(), appId));
          return "application " + appId + " created and deleted";
        });
      } else {
        s.note("read-only: calls are placed only against the sandbox; --allow-writes adds a create-and-delete of an"
            + " application.");
      }
    }
    s.end();
  }
}
