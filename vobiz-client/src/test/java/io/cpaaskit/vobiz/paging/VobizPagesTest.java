package io.cpaaskit.vobiz.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.vobiz.LoopbackVobiz;
import io.cpaaskit.vobiz.VobizClient;
import io.cpaaskit.vobiz.errors.VobizApiException;
import io.cpaaskit.vobiz.partner.api.CdrsApi;
import io.cpaaskit.vobiz.partner.api.CustomersApi;
import io.cpaaskit.vobiz.partner.api.KycSessionsApi;
import io.cpaaskit.vobiz.partner.api.TransactionsApi;
import io.cpaaskit.vobiz.partner.model.Cdr;
import io.cpaaskit.vobiz.partner.model.CdrPage;
import io.cpaaskit.vobiz.partner.model.CdrPagination;
import io.cpaaskit.vobiz.partner.model.Customer;
import io.cpaaskit.vobiz.partner.model.CustomerPage;
import io.cpaaskit.vobiz.partner.model.KycSession;
import io.cpaaskit.vobiz.partner.model.KycSessionPage;
import io.cpaaskit.vobiz.partner.model.Transaction;
import io.cpaaskit.vobiz.partner.model.TransactionLedger;
import io.cpaaskit.vobiz.voice.api.ApplicationsApi;
import io.cpaaskit.vobiz.voice.api.NumbersApi;
import io.cpaaskit.vobiz.voice.api.SubAccountsApi;
import io.cpaaskit.vobiz.voice.api.TrunksApi;
import io.cpaaskit.vobiz.voice.model.Application;
import io.cpaaskit.vobiz.voice.model.ApplicationPage;
import io.cpaaskit.vobiz.voice.model.NumberPage;
import io.cpaaskit.vobiz.voice.model.PhoneNumber;
import io.cpaaskit.vobiz.voice.model.SubAccount;
import io.cpaaskit.vobiz.voice.model.SubAccountPage;
import io.cpaaskit.vobiz.voice.model.Trunk;
import io.cpaaskit.vobiz.voice.model.TrunkPage;
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
import org.junit.jupiter.api.Test;

/**
 * Each Vobiz pagination style, over three pages of a loopback server: the caller's page size goes out unchanged, the
 * walk stops where the envelope says, and a page is requested only when iteration reaches it.
 */
class VobizPagesTest {
  private final LoopbackVobiz vobiz = new LoopbackVobiz();
  private final VobizClient customer = vobiz.customerClient();
  private final VobizClient.CustomerScope acme = customer.customer();
  private final VobizClient partner = vobiz.partnerClient();

  @AfterEach
  void stop() {
    vobiz.close();
  }

  private static String objects(String idMember, int from, int count) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",").append("{\"").append(idMember).append("\":\"id").append(from + i).append("\"}");
    }
    return json.append(']').toString();
  }

  private static List<String> ids(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add("id" + i);
    }
    return ids;
  }

  private static int query(HttpUrl url, String name) {
    return Integer.parseInt(url.queryParameter(name));
  }

  /** How many of {@code total} items a window from {@code first} holds. */
  private static int window(int first, int size, int total) {
    return Math.max(0, Math.min(size, total - first));
  }

  private List<HttpUrl> takeUrls(int count) {
    List<HttpUrl> urls = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      RecordedRequest request = vobiz.take();
      urls.add(request.getUrl());
    }
    return urls;
  }

  // ------------------------------------------------------------ A: limit/offset with meta{next, total_count}

  /** Five applications, Plivo style: {@code next} is a URL until the last page, where it is null. */
  private void serveApplications() {
    vobiz.serve(
        url -> {
          int limit = query(url, "limit");
          int offset = query(url, "offset");
          int count = window(offset, limit, 5);
          String next =
              offset + count < 5
                  ? "\"/v1/Account/MA_ABCDEF1234/Application/?limit=" + limit + "&offset=" + (offset + count) + "\""
                  : "null";
          return "{\"api_id\":\"p" + offset + "\",\"meta\":{\"limit\":" + limit + ",\"offset\":" + offset + ",\"next\":" + next
              + ",\"previous\":null,\"total_count\":5},\"objects\":" + objects("app_id", offset, count) + "}";
        });
  }

  private PagedIterable<Application> applications() {
    ApplicationsApi api = acme.create(ApplicationsApi.class);
    return VobizPages.limitOffset(
        2, (limit, offset) -> api.listApplications(acme.authId(), limit, offset), ApplicationPage::getObjects,
        ApplicationPage::getMeta);
  }

  @Test
  void limitOffset_walksThreePages_passingLimitAndAdvancingOffset_untilNextIsNull() {
    serveApplications();

    List<String> ids = new ArrayList<>();
    for (Application app : applications()) {
      ids.add(app.getAppId());
    }

    assertThat(ids).isEqualTo(ids(5));
    assertThat(vobiz.requestCount()).isEqualTo(3);
    List<HttpUrl> urls = takeUrls(3);
    assertThat(urls).extracting(url -> url.queryParameter("limit")).containsOnly("2");
    assertThat(urls).extracting(url -> url.queryParameter("offset")).containsExactly("0", "2", "4");
    assertThat(urls.get(0).encodedPath()).isEqualTo("/api/v1/Account/MA_ABCDEF1234/Application/");
  }

  @Test
  void limitOffset_isLazy_fetchingOnlyThePagesConsumed() {
    serveApplications();
    PagedIterable<Application> apps = applications();
    assertThat(vobiz.requestCount()).as("nothing before iteration").isZero();

    assertThat(apps.stream().limit(2).map(Application::getAppId)).containsExactly("id0", "id1");
    assertThat(vobiz.requestCount()).isEqualTo(1);

    assertThat(apps.stream().limit(3).map(Application::getAppId)).containsExactly("id0", "id1", "id2");
    assertThat(vobiz.requestCount()).as("a new stream starts again from the first page").isEqualTo(3);
  }

  @Test
  void limitOffset_withoutNext_stopsWhenTotalCountIsReached() {
    vobiz.enqueue(200, "{\"meta\":{\"limit\":3,\"offset\":0,\"total_count\":6},\"objects\":" + objects("app_id", 0, 3) + "}");
    vobiz.enqueue(200, "{\"meta\":{\"limit\":3,\"offset\":3,\"total_count\":6},\"objects\":" + objects("app_id", 3, 3) + "}");
    ApplicationsApi api = acme.create(ApplicationsApi.class);

    List<Application> all =
        VobizPages.limitOffset(3, (limit, offset) -> api.listApplications(acme.authId(), limit, offset),
                ApplicationPage::getObjects, ApplicationPage::getMeta)
            .stream().collect(Collectors.toList());

    assertThat(all).hasSize(6);
    assertThat(vobiz.requestCount()).as("no probe for a seventh item").isEqualTo(2);
  }

  // ------------------------------------------------------------ A′: limit/offset with meta{total}

  @Test
  void trunkLimitOffset_walksThreePages_untilMetaTotal() {
    vobiz.serve(
        url -> "{\"meta\":{\"limit\":" + query(url, "limit") + ",\"offset\":" + query(url, "offset") + ",\"total\":6},\"objects\":"
            + objects("id", query(url, "offset"), window(query(url, "offset"), query(url, "limit"), 6)) + "}");
    TrunksApi api = acme.create(TrunksApi.class);
    PagedIterable<Trunk> trunks =
        VobizPages.trunkLimitOffset(
            2, (limit, offset) -> api.listTrunks(acme.authId(), limit, offset), TrunkPage::getObjects, TrunkPage::getMeta);

    assertThat(trunks.stream().limit(3).map(Trunk::getId)).containsExactly("id0", "id1", "id2");
    assertThat(vobiz.requestCount()).isEqualTo(2);
    assertThat(trunks.stream().map(Trunk::getId)).isEqualTo(ids(6));

    List<HttpUrl> urls = takeUrls(5);
    assertThat(urls).extracting(url -> url.queryParameter("limit")).containsOnly("2");
    assertThat(urls).extracting(url -> url.queryParameter("offset")).containsExactly("0", "2", "0", "2", "4");
    assertThat(vobiz.requestCount()).as("total reached: no fourth page").isEqualTo(5);
  }

  // ------------------------------------------------------------ B: page/per_page with items[], total

  @Test
  void pagePerPage_walksThreePages_untilTotal_passingPerPage() {
    vobiz.serve(
        url -> {
          int page = query(url, "page");
          int perPage = query(url, "per_page");
          int first = (page - 1) * perPage;
          return "{\"items\":" + objects("id", first, window(first, perPage, 5)) + ",\"page\":" + page + ",\"per_page\":" + perPage
              + ",\"total\":5}";
        });
    NumbersApi api = acme.create(NumbersApi.class);
    Iterator<PhoneNumber> numbers =
        VobizPages.pagePerPage(
                2, (page, perPage) -> api.listNumbers(acme.authId(), page, perPage, null, null), NumberPage::getItems,
                NumberPage::getTotal)
            .iterator();

    assertThat(vobiz.requestCount()).isZero();
    assertThat(numbers.next().getId()).isEqualTo("id0");
    assertThat(vobiz.requestCount()).isEqualTo(1);
    List<String> rest = new ArrayList<>();
    numbers.forEachRemaining(number -> rest.add(number.getId()));

    assertThat(rest).containsExactly("id1", "id2", "id3", "id4");
    List<HttpUrl> urls = takeUrls(3);
    assertThat(urls).extracting(url -> url.queryParameter("page")).containsExactly("1", "2", "3");
    assertThat(urls).extracting(url -> url.queryParameter("per_page")).containsOnly("2");
    assertThat(vobiz.requestCount()).isEqualTo(3);
  }

  @Test
  void pagePerPage_countsWhatArrived_whenTheServerCapsThePageSize() {
    // Asked for 50, served 2 per page: the walk follows the items, not page * 50 >= total.
    vobiz.enqueue(200, "{\"transactions\":" + objects("id", 0, 2) + ",\"total\":5,\"page\":1,\"per_page\":2,\"total_pages\":3}");
    vobiz.enqueue(200, "{\"transactions\":" + objects("id", 2, 2) + ",\"total\":5,\"page\":2,\"per_page\":2,\"total_pages\":3}");
    vobiz.enqueue(200, "{\"transactions\":" + objects("id", 4, 1) + ",\"total\":5,\"page\":3,\"per_page\":2,\"total_pages\":3}");
    TransactionsApi api = partner.partner().create(TransactionsApi.class);

    List<Transaction> ledger =
        VobizPages.pagePerPage(
                50, (page, perPage) -> api.listPartnerTransactions(page, perPage, null, null, null),
                TransactionLedger::getTransactions, TransactionLedger::getTotal)
            .stream().collect(Collectors.toList());

    assertThat(ledger).extracting(Transaction::getId).isEqualTo(ids(5));
    assertThat(takeUrls(3)).extracting(url -> url.queryParameter("per_page")).containsOnly("50");
  }

  // ------------------------------------------------------------ C: page/per_page with pagination{has_next}

  private static String cdrPage(int page, int from, int count, boolean hasNext) {
    return "{\"success\":true,\"count\":" + count + ",\"data\":" + objects("id", from, count) + ",\"pagination\":{\"page\":" + page
        + ",\"per_page\":2,\"total\":99,\"pages\":50,\"has_next\":" + hasNext + ",\"has_prev\":" + (page > 1) + "}}";
  }

  @Test
  void pagePagination_walksThreePages_untilHasNextIsFalse() {
    // has_next is false on page 3, although total and pages claim more: has_next decides.
    vobiz.serve(url -> cdrPage(query(url, "page"), (query(url, "page") - 1) * 2, 2, query(url, "page") < 3));
    CdrsApi api = partner.partner().create(CdrsApi.class);
    PagedIterable<Cdr> cdrs =
        VobizPages.pagePagination(
            2, (page, perPage) -> api.listPartnerCdrs(null, null, null, page, perPage), CdrPage::getData,
            CdrPage::getPagination, CdrPagination::getHasNext);

    assertThat(cdrs.stream().limit(4).map(Cdr::getId)).containsExactly("id0", "id1", "id2", "id3");
    assertThat(vobiz.requestCount()).isEqualTo(2);
    assertThat(cdrs).extracting(Cdr::getId).isEqualTo(ids(6));

    List<HttpUrl> urls = takeUrls(5);
    assertThat(urls).extracting(url -> url.queryParameter("page")).containsExactly("1", "2", "1", "2", "3");
    assertThat(urls).extracting(url -> url.queryParameter("per_page")).containsOnly("2");
    assertThat(urls.get(0).encodedPath()).isEqualTo("/api/v1/partner/cdrs");
    assertThat(vobiz.requestCount()).isEqualTo(5);
  }

  // ------------------------------------------------------------ E: page/size with total

  @Test
  void pageSize_walksThreePages_untilTotal_passingSize() {
    vobiz.serve(
        url -> {
          int page = query(url, "page");
          int size = query(url, "size");
          int first = (page - 1) * size;
          return "{\"sessions\":" + objects("id", first, window(first, size, 6)) + ",\"total\":6,\"page\":" + page
              + ",\"size\":" + size + "}";
        });
    KycSessionsApi api = partner.partner().create(KycSessionsApi.class);
    PagedIterable<KycSession> sessions =
        VobizPages.pageSize(
            2, (page, size) -> api.listKycSessions(null, null, page, size), KycSessionPage::getSessions,
            KycSessionPage::getTotal);

    assertThat(sessions.stream().limit(3).map(KycSession::getId)).containsExactly("id0", "id1", "id2");
    assertThat(vobiz.requestCount()).isEqualTo(2);
    assertThat(sessions).extracting(KycSession::getId).isEqualTo(ids(6));
    assertThat(vobiz.requestCount()).as("total reached on page 3: no fourth request").isEqualTo(5);

    List<HttpUrl> urls = takeUrls(5);
    assertThat(urls).extracting(url -> url.queryParameter("page")).containsExactly("1", "2", "1", "2", "3");
    assertThat(urls).extracting(url -> url.queryParameter("size")).containsOnly("2");
  }

  @Test
  void pageSize_onPartnerAccounts_sendsPerPage_andReadsTheEchoedSizeEnvelope() {
    vobiz.enqueue(200, "{\"accounts\":" + objects("id", 0, 2) + ",\"total\":5,\"page\":1,\"size\":2}");
    vobiz.enqueue(200, "{\"accounts\":" + objects("id", 2, 2) + ",\"total\":5,\"page\":2,\"size\":2}");
    vobiz.enqueue(200, "{\"accounts\":" + objects("id", 4, 1) + ",\"total\":5,\"page\":3,\"size\":2}");
    CustomersApi api = partner.partner().create(CustomersApi.class);

    List<Customer> customers =
        VobizPages.pageSize(2, (page, size) -> api.listCustomers(page, size, null), CustomerPage::getAccounts, CustomerPage::getTotal)
            .stream().collect(Collectors.toList());

    assertThat(customers).extracting(Customer::getId).isEqualTo(ids(5));
    assertThat(takeUrls(3)).extracting(url -> url.queryParameter("per_page")).containsOnly("2");
    assertThat(vobiz.requestCount()).isEqualTo(3);
  }

  // ------------------------------------------------------------ endings without an end marker

  @Test
  void anEmptyPage_endsTheWalk_evenWhenTheEnvelopeClaimsMore() {
    vobiz.enqueue(200, "{\"sub_accounts\":" + objects("id", 0, 2) + ",\"total\":10,\"page\":1,\"size\":2}");
    vobiz.enqueue(200, "{\"sub_accounts\":[],\"total\":10,\"page\":2,\"size\":2}");
    SubAccountsApi api = acme.create(SubAccountsApi.class);

    List<SubAccount> subAccounts =
        VobizPages.pageSize(2, (page, size) -> api.listSubAccounts(acme.authId(), page, size, null), SubAccountPage::getSubAccounts,
                SubAccountPage::getTotal)
            .stream().collect(Collectors.toList());

    assertThat(subAccounts).hasSize(2);
    assertThat(vobiz.requestCount()).isEqualTo(2);
  }

  @Test
  void withoutATotal_aShortPageIsTheLast() {
    vobiz.enqueue(200, "{\"success\":true,\"data\":" + objects("id", 0, 3) + "}");
    vobiz.enqueue(200, "{\"success\":true,\"data\":" + objects("id", 3, 1) + "}");
    CdrsApi api = partner.partner().create(CdrsApi.class);

    List<Cdr> cdrs =
        VobizPages.pagePagination(3, (page, perPage) -> api.listPartnerCdrs(null, null, null, page, perPage), CdrPage::getData,
                CdrPage::getPagination, CdrPagination::getHasNext)
            .stream().collect(Collectors.toList());

    assertThat(cdrs).hasSize(4);
    assertThat(vobiz.requestCount()).isEqualTo(2);
  }

  @Test
  void nullItems_inAVendorArray_areSkipped_withoutShiftingTheOffset() {
    vobiz.enqueue(200, "{\"meta\":{\"limit\":2,\"offset\":0,\"total_count\":4},\"objects\":[{\"app_id\":\"id0\"},null]}");
    vobiz.enqueue(200, "{\"meta\":{\"limit\":2,\"offset\":2,\"total_count\":4},\"objects\":" + objects("app_id", 2, 2) + "}");
    ApplicationsApi api = acme.create(ApplicationsApi.class);

    List<Application> apps =
        VobizPages.limitOffset(2, (limit, offset) -> api.listApplications(acme.authId(), limit, offset),
                ApplicationPage::getObjects, ApplicationPage::getMeta)
            .stream().collect(Collectors.toList());

    assertThat(apps).extracting(Application::getAppId).containsExactly("id0", "id2", "id3");
    assertThat(takeUrls(2)).extracting(url -> url.queryParameter("offset")).containsExactly("0", "2");
  }

  // ------------------------------------------------------------ failures

  @Test
  void anErrorAnswerMidWalk_surfacesAsTheTypedException_afterTheItemsBeforeIt() {
    vobiz.enqueue(200, "{\"items\":" + objects("id", 0, 2) + ",\"page\":1,\"per_page\":2,\"total\":6}");
    vobiz.enqueue(404, "{\"error\":\"not found\",\"api_id\":\"z9\"}");
    NumbersApi api = acme.create(NumbersApi.class);
    Iterator<PhoneNumber> numbers =
        VobizPages.pagePerPage(2, (page, perPage) -> api.listNumbers(acme.authId(), page, perPage, null, null),
                NumberPage::getItems, NumberPage::getTotal)
            .iterator();
    numbers.next();
    numbers.next();

    VobizApiException e = catchThrowableOfType(VobizApiException.class, numbers::hasNext);

    assertThat(e).isInstanceOf(VobizApiException.NotFound.class);
    assertThat(e.apiId()).isEqualTo("z9");
    assertThat(e.operationId()).isEqualTo("listNumbers");
  }

  @Test
  void aTransportFailure_surfacesAsUncheckedIoException() {
    vobiz.enqueue(new MockResponse.Builder().onRequestStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    ApplicationsApi api = acme.create(ApplicationsApi.class);
    PagedIterable<Application> apps =
        VobizPages.limitOffset(2, (limit, offset) -> api.listApplications(acme.authId(), limit, offset),
            ApplicationPage::getObjects, ApplicationPage::getMeta);

    assertThatThrownBy(() -> apps.iterator().hasNext()).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void aPageSizeBelowOne_isRefusedBeforeAnyRequest() {
    ApplicationsApi api = acme.create(ApplicationsApi.class);

    assertThatThrownBy(
            () -> VobizPages.limitOffset(0, (limit, offset) -> api.listApplications(acme.authId(), limit, offset),
                ApplicationPage::getObjects, ApplicationPage::getMeta))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be at least 1 but was 0");
    assertThatThrownBy(
            () -> VobizPages.pageSize(
                -1, (page, size) -> acme.create(SubAccountsApi.class).listSubAccounts(acme.authId(), page, size, null),
                SubAccountPage::getSubAccounts, SubAccountPage::getTotal))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size must be at least 1 but was -1");
    assertThat(vobiz.requestCount()).isZero();
  }
}
