package io.cpaaskit.zipteams;

import io.cpaaskit.auth.RequestAuth;
import io.cpaaskit.auth.Secret;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The credential a {@link ZipteamsClient} signs requests with: either the Partner API's four headers or the Customer
 * API's single key.
 *
 * <pre>{@code
 * ZipteamsCredentials partner = ZipteamsCredentials.partner(apiKey, apiSecret, "tenant1", "subtenant1");
 * ZipteamsCredentials customer = ZipteamsCredentials.customer(zipApiKey);
 * }</pre>
 *
 * <p>Both kinds are static keys: they never expire on the client side and a 401 is not retried. Values are checked
 * when the credential is made (present, no surrounding whitespace, only characters an HTTP header can carry), so a
 * bad value fails here with a message naming the field rather than later on the wire; no message and no
 * {@link #toString()} ever contains the key or the secret. Tenant and subtenant ids are identifiers, not secrets, and
 * do show in {@link #toString()}.
 */
public final class ZipteamsCredentials {
  private static final String API_KEY_HEADER = "x-api-key";
  private static final String API_SECRET_HEADER = "x-api-secret";
  private static final String TENANT_HEADER = "x-tenant-id";
  private static final String SUB_TENANT_HEADER = "x-sub-tenant-id";
  private static final String CUSTOMER_KEY_HEADER = "x-zip-api-key";

  private static final Set<String> PARTNER_SCHEMES =
      Set.of("zipteamsApiKey", "zipteamsApiSecret", "zipteamsTenantId", "zipteamsSubTenantId");
  private static final Set<String> CUSTOMER_SCHEMES = Set.of("zipteamsCustomerApiKey");

  private final boolean partner;
  private final Secret apiKey;
  private final Secret apiSecret; // null for customer credentials
  private final String tenantId; // null for customer credentials
  private final String subTenantId; // null for customer credentials

  private ZipteamsCredentials(boolean partner, Secret apiKey, Secret apiSecret, String tenantId, String subTenantId) {
    this.partner = partner;
    this.apiKey = apiKey;
    this.apiSecret = apiSecret;
    this.tenantId = tenantId;
    this.subTenantId = subTenantId;
  }

  /**
   * Creates Partner API credentials: the partner's key pair and the tenant pair it acts for, sent as
   * {@code x-api-key}, {@code x-api-secret}, {@code x-tenant-id} and {@code x-sub-tenant-id} on every partner call.
   *
   * <p>To act for further tenants with the same key pair, use {@link ZipteamsClient#forTenant(String, String)}.
   *
   * @param apiKey the partner API key issued at onboarding
   * @param apiSecret the partner API secret issued with it
   * @param tenantId the tenant (one client organisation of the partner)
   * @param subTenantId the subtenant (a team or department inside the tenant)
   * @return the credentials
   * @throws IllegalArgumentException if a value is null, blank, has surrounding whitespace or holds a character an
   *     HTTP header cannot carry; the message names the field, never the value
   */
  public static ZipteamsCredentials partner(String apiKey, String apiSecret, String tenantId, String subTenantId) {
    return new ZipteamsCredentials(
        true,
        key("apiKey", apiKey),
        key("apiSecret", apiSecret),
        id("tenantId", tenantId),
        id("subTenantId", subTenantId));
  }

  /**
   * Creates Customer API credentials: one key, sent as {@code x-zip-api-key}; the organisation is derived from it.
   *
   * @param apiKey the customer API key
   * @return the credentials
   * @throws IllegalArgumentException if the key is null, blank, has surrounding whitespace or holds a character an
   *     HTTP header cannot carry; the message names the field, never the value
   */
  public static ZipteamsCredentials customer(String apiKey) {
    return new ZipteamsCredentials(false, key("apiKey", apiKey), null, null, null);
  }

  /** Whether these are partner credentials (the four headers) rather than a customer key. */
  boolean isPartner() {
    return partner;
  }

  /** The same partner key pair for another tenant pair, validated as {@link #partner} validates. */
  ZipteamsCredentials withTenant(String tenantId, String subTenantId) {
    if (!partner) {
      throw new IllegalStateException(
          "forTenant needs partner credentials (ZipteamsCredentials.partner); this client holds a customer key, "
              + "which has no tenant");
    }
    return new ZipteamsCredentials(true, apiKey, apiSecret, id("tenantId", tenantId), id("subTenantId", subTenantId));
  }

  /** How auth-core puts these credentials on a request, and which spec schemes they satisfy. */
  RequestAuth requestAuth() {
    Map<String, Secret> headers = new LinkedHashMap<>();
    if (partner) {
      headers.put(API_KEY_HEADER, apiKey);
      headers.put(API_SECRET_HEADER, apiSecret);
      // The tenant pair is an identifier, not a secret: sent as plain headers, so logs show which tenant a call was for.
      Map<String, String> ids = new LinkedHashMap<>();
      ids.put(TENANT_HEADER, tenantId);
      ids.put(SUB_TENANT_HEADER, subTenantId);
      return RequestAuth.staticHeaders(PARTNER_SCHEMES, headers, ids);
    }
    headers.put(CUSTOMER_KEY_HEADER, apiKey);
    return RequestAuth.staticHeaders(CUSTOMER_SCHEMES, headers);
  }

  private static Secret key(String field, String value) {
    Secret secret = Secret.of(field, value);
    // Keys are single tokens: no inner whitespace, visible ASCII only.
    requireHeaderSafe(field, value, '!');
    return secret;
  }

  private static String id(String field, String value) {
    Secret.of(field, value); // the same null/blank/whitespace checks and messages as for keys
    // Ids are free-form strings chosen by the partner; an inner space is odd but sendable.
    requireHeaderSafe(field, value, ' ');
    return value;
  }

  /**
   * Rejects characters OkHttp would refuse in a header value. Checked here because OkHttp's own error, raised at
   * call time, quotes the value for header names it does not consider sensitive.
   */
  private static void requireHeaderSafe(String field, String value, char lowest) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < lowest || c > '~') {
        throw new IllegalArgumentException(
            field + " holds a character that cannot be sent in an HTTP header (at index " + i
                + "; only printable ASCII is allowed)");
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ZipteamsCredentials)) {
      return false;
    }
    ZipteamsCredentials that = (ZipteamsCredentials) o;
    return partner == that.partner
        && apiKey.equals(that.apiKey)
        && Objects.equals(apiSecret, that.apiSecret)
        && Objects.equals(tenantId, that.tenantId)
        && Objects.equals(subTenantId, that.subTenantId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partner, apiKey, apiSecret, tenantId, subTenantId);
  }

  /** Prints the kind and the tenant pair; key and secret appear as {@code ***} and a short fingerprint. */
  @Override
  public String toString() {
    if (partner) {
      return "ZipteamsCredentials.partner{apiKey=" + apiKey + ", apiSecret=" + apiSecret + ", tenantId=" + tenantId
          + ", subTenantId=" + subTenantId + "}";
    }
    return "ZipteamsCredentials.customer{apiKey=" + apiKey + "}";
  }
}
