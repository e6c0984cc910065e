package io.cpaaskit.sandbox.internal.vobiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the Vobiz sandbox remembers: the partner's wallet, its customers and their wallets, live calls, the CDRs of
 * ended calls and the partner JWTs that are still honoured. Every method is synchronized: MockWebServer answers
 * requests on several threads, and the state is small.
 */
final class VobizState {
  /** The partner's currency; Vobiz does no FX, so every wallet uses it. */
  static final String CURRENCY = "INR";

  /** What a started minute of an outbound voice-API call costs, in {@link #CURRENCY}. */
  static final BigDecimal RATE_PER_MINUTE = new BigDecimal("0.45");

  private static final char[] ALPHANUMERIC = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final char[] TOKEN_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Customer> customers = new LinkedHashMap<>();
  private final Map<String, LiveCall> liveCalls = new LinkedHashMap<>();
  private final List<Cdr> cdrs = new ArrayList<>();
  private final Set<String> honouredTokens = new HashSet<>();
  private BigDecimal partnerBalance;
  private long nextCustomerId = 1029;
  private long nextCdrId = 900_719_925_474_000L;

  VobizState(BigDecimal partnerBalance) {
    this.partnerBalance = partnerBalance;
  }

  /** A customer account ({@code MA_…}) of the partner. */
  static final class Customer {
    final String id;
    final String authId;
    final String authToken;
    final String name;
    final String email;
    final String phone;
    final String company;
    final String country;
    final Instant createdAt;
    volatile BigDecimal balance;

    Customer(String id, String authId, String authToken, String name, String email, String phone, String company,
        String country, Instant createdAt, BigDecimal balance) {
      this.id = id;
      this.authId = authId;
      this.authToken = authToken;
      this.name = name;
      this.email = email;
      this.phone = phone;
      this.company = company;
      this.country = country;
      this.createdAt = createdAt;
      this.balance = balance;
    }

    @Override
    public String toString() {
      return "Customer{" + authId + "}"; // never the token
    }
  }

  /** A call placed with makeCall and not hung up yet. */
  record LiveCall(String uuid, String authId, String from, String to, String callerName, Instant start) {}

  /** The record of an ended call. */
  record Cdr(long id, String uuid, String authId, String from, String to, String callerName, Instant start,
      Instant end, long billsec, BigDecimal cost) {}

  /** The outcome of a transfer: the balances after it, or the partner balance that fell short. */
  record Transfer(boolean done, BigDecimal partnerBalance, BigDecimal customerBalance) {}

  synchronized String newPartnerAuthId() {
    return "PA_" + randomId(8);
  }

  synchronized String newSecret(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(TOKEN_CHARS[random.nextInt(TOKEN_CHARS.length)]);
    }
    return out.toString();
  }

  synchronized Customer addCustomer(String authId, String authToken, String name, String email, String phone,
      String company, String country, Instant createdAt, BigDecimal balance) {
    String id = authId != null ? authId : uniqueCustomerAuthId();
    String token = authToken != null ? authToken : newSecret(40);
    Customer customer = new Customer(Long.toString(nextCustomerId++), id, token, name, email, phone, company, country,
        createdAt, balance);
    customers.put(id, customer);
    return customer;
  }

  synchronized Customer customer(String authId) {
    return authId == null ? null : customers.get(authId);
  }

  synchronized boolean emailTaken(String email) {
    return customers.values().stream().anyMatch(c -> c.email.equalsIgnoreCase(email));
  }

  synchronized List<Customer> customers(String search) {
    List<Customer> found = new ArrayList<>();
    for (Customer customer : customers.values()) {
      if (search == null || search.isEmpty() || contains(customer.name, search) || contains(customer.email, search)) {
        found.add(customer);
      }
    }
    return found;
  }

  synchronized BigDecimal partnerBalance() {
    return partnerBalance;
  }

  synchronized BigDecimal balance(Customer customer) {
    return customer.balance;
  }

  synchronized Transfer transfer(Customer customer, BigDecimal amount) {
    if (partnerBalance.compareTo(amount) < 0) {
      return new Transfer(false, partnerBalance, customer.balance);
    }
    partnerBalance = partnerBalance.subtract(amount);
    customer.balance = customer.balance.add(amount);
    return new Transfer(true, partnerBalance, customer.balance);
  }

  synchronized LiveCall placeCall(Customer customer, String from, String to, String callerName, Instant now) {
    LiveCall call = new LiveCall(UUID.randomUUID().toString(), customer.authId, from, to, callerName, now);
    liveCalls.put(call.uuid(), call);
    return call;
  }

  synchronized List<LiveCall> liveCalls(String authId) {
    return liveCalls.values().stream().filter(c -> c.authId().equals(authId)).toList();
  }

  synchronized LiveCall liveCall(String authId, String uuid) {
    LiveCall call = uuid == null ? null : liveCalls.get(uuid);
    return call != null && call.authId().equals(authId) ? call : null;
  }

  /** Ends a live call: writes its CDR and charges the customer per started minute. */
  synchronized Cdr hangup(LiveCall call, Instant now) {
    liveCalls.remove(call.uuid());
    long billsec = Math.max(0, Duration.between(call.start(), now).getSeconds());
    long minutes = (billsec + 59) / 60;
    BigDecimal cost = RATE_PER_MINUTE.multiply(BigDecimal.valueOf(minutes)).setScale(5, RoundingMode.HALF_UP);
    Customer customer = customers.get(call.authId());
    if (customer != null) {
      customer.balance = customer.balance.subtract(cost);
    }
    Cdr cdr = new Cdr(nextCdrId++, call.uuid(), call.authId(), call.from(), call.to(), call.callerName(), call.start(),
        now, billsec, cost);
    cdrs.add(cdr);
    return cdr;
  }

  /** CDRs, newest first, of one account or (for {@code null}) of every customer. */
  synchronized List<Cdr> cdrs(String authId) {
    List<Cdr> found = new ArrayList<>();
    for (int i = cdrs.size() - 1; i >= 0; i--) {
      Cdr cdr = cdrs.get(i);
      if (authId == null || cdr.authId().equals(authId)) {
        found.add(cdr);
      }
    }
    return found;
  }

  synchronized Cdr cdr(String authId, String uuid) {
    for (Cdr cdr : cdrs) {
      if (cdr.uuid().equals(uuid) && cdr.authId().equals(authId)) {
        return cdr;
      }
    }
    return null;
  }

  synchronized void honour(String tokenId) {
    honouredTokens.add(tokenId);
  }

  synchronized boolean honoured(String tokenId) {
    return tokenId != null && honouredTokens.contains(tokenId);
  }

  synchronized void revokeTokens() {
    honouredTokens.clear();
  }

  private String uniqueCustomerAuthId() {
    String id;
    do {
      id = "MA_" + randomId(10);
    } while (customers.containsKey(id));
    return id;
  }

  private String randomId(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHANUMERIC[random.nextInt(ALPHANUMERIC.length)]);
    }
    return out.toString();
  }

  private static boolean contains(String text, String part) {
    return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(part.toLowerCase(java.util.Locale.ROOT));
  }
}
