package io.cpaaskit.vobiz.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.auth.Secret;
import io.cpaaskit.vobiz.webhook.WebhookSignatureException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Signatures of voice callbacks (V2, V3 and their MA variants) and sub-account KYC webhooks. Every expected signature
 * is computed here with {@link Mac} directly, or pinned from an independent computation (Python's {@code hmac}),
 * never by the verifier under test.
 */
class VobizSignatureVerifierTest {
  private static final String TOKEN = "CANARY-TOKEN-MA-7f3a9c";
  private static final String PARENT_TOKEN = "CANARY-PARENT-TOKEN-11d2e4";
  private static final String SUB_TOKEN = "CANARY-SUB-TOKEN-55b8aa";
  private static final String URL = "https://example.com/vobiz/answer";
  private static final String NONCE = "12345678901234567890";
  private static final String OTHER_NONCE = "98765432109876543210";

  private final VobizSignatureVerifier verifier = VobizSignatureVerifier.create(Secret.of("authToken", TOKEN));
  private final List<String> computedSignatures = new ArrayList<>();

  // ---- independent reference computations --------------------------------------------------------------------

  private String base64Hmac(String token, String data) {
    String signature = Base64.getEncoder().encodeToString(rawHmac(token, data.getBytes(StandardCharsets.UTF_8)));
    computedSignatures.add(signature);
    return signature;
  }

  private String v2(String token, String baseUrl, String nonce) {
    return base64Hmac(token, baseUrl + nonce);
  }

  private String v3(String token, String baseUrl, String nonce) {
    return base64Hmac(token, baseUrl + "." + nonce);
  }

  private String kyc(String token, byte[] body) {
    StringBuilder hex = new StringBuilder("sha256=");
    for (byte b : rawHmac(token, body)) {
      hex.append(String.format("%02x", b));
    }
    computedSignatures.add(hex.substring("sha256=".length()));
    return hex.toString();
  }

  private static byte[] rawHmac(String token, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, List<String>> headers(String... namesAndValues) {
    Map<String, List<String>> headers = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      headers.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>()).add(namesAndValues[i + 1]);
    }
    return headers;
  }

  private void assertNoSecretsIn(Throwable failure) {
    assertThat(failure.getMessage()).doesNotContain(TOKEN, PARENT_TOKEN, SUB_TOKEN);
    for (String signature : computedSignatures) {
      assertThat(failure.getMessage()).doesNotContain(signature);
    }
    assertThat(failure.toString()).doesNotContain(TOKEN, PARENT_TOKEN, SUB_TOKEN);
  }

  // ---- pinned vectors (computed with Python's hmac module, not Java) ------------------------------------------

  @Test
  void verifyCallback_acceptsPinnedVectorsComputedOutsideJava() {
    VobizSignatureVerifier pinned = VobizSignatureVerifier.create("MA_TEST_TOKEN_0123456789abcdef");
    String v2 = "1xvgrL5VcEpuLHrWbblgPfgBk7O3sW5h7FogQtT4iD0=";
    String v3 = "D0nUqIL61KJrBjHI/IrM67RjpdLkVjBf4i74RQoSLbY=";

    assertThat(pinned.verifyCallback(URL, headers("X-Vobiz-Signature-V2", v2, "X-Vobiz-Signature-V2-Nonce", NONCE)))
        .isEqualTo(SignatureScheme.V2);
    assertThat(pinned.verifyCallback(URL, headers("X-Vobiz-Signature-V3", v3, "X-Vobiz-Signature-V3-Nonce", NONCE)))
        .isEqualTo(SignatureScheme.V3);
    // The same vectors cross-check the test's own Mac helper.
    assertThat(base64Hmac("MA_TEST_TOKEN_0123456789abcdef", URL + NONCE)).isEqualTo(v2);
  }

  @Test
  void verifyKycWebhook_acceptsPinnedVectorComputedOutsideJava() {
    byte[] body = ("{\"event\":\"kyc.completed\",\"session_id\":\"b6a1f3c2-7a44-4e2b-9c11-000000000001\","
        + "\"account_auth_id\":\"SA_QRST5678\"}").getBytes(StandardCharsets.UTF_8);
    String header = "sha256=e6b89a24ed359fa8878efae6f74b74fafa9cf96f8331aaca79afd949e9754771";

    assertThat(VobizSignatureVerifier.create("MA_TEST_TOKEN_0123456789abcdef")
        .verifyKycWebhook(headers("X-Vobiz-Signature", header), body))
        .isEqualTo(SignatureScheme.KYC_SHA256);
  }

  // ---- V2 / V3 --------------------------------------------------------------------------------------------------

  @Test
  void verifyCallback_v3_valid_returnsV3() {
    Map<String, List<String>> headers =
        headers("X-Vobiz-Signature-V3", v3(TOKEN, URL, NONCE), "X-Vobiz-Signature-V3-Nonce", NONCE);

    assertThat(verifier.verifyCallback(URL, headers)).isEqualTo(SignatureScheme.V3);
  }

  @Test
  void verifyCallback_v2_valid_returnsV2() {
    Map<String, List<String>> headers =
        headers("X-Vobiz-Signature-V2", v2(TOKEN, URL, NONCE), "X-Vobiz-Signature-V2-Nonce", NONCE);

    assertThat(verifier.verifyCallback(URL, headers)).isEqualTo(SignatureScheme.V2);
  }

  @Test
  void verifyCallback_bothPresent_prefersV3() {
    Map<String, List<String>> headers = headers(
        "X-Vobiz-Signature-V2", v2(TOKEN, URL, NONCE), "X-Vobiz-Signature-V2-Nonce", NONCE,
        "X-Vobiz-Signature-V3", v3(TOKEN, URL, OTHER_NONCE), "X-Vobiz-Signature-V3-Nonce", OTHER_NONCE);

    assertThat(verifier.verifyCallback(URL, headers)).isEqualTo(SignatureScheme.V3);
  }

  @Test
  void verifyCallback_v2SignatureInV3Header_isAMismatch() {
    // The separator matters: a V2 value (no ".") must not pass as V3.
    Map<String, List<String>> headers =
        headers("X-Vobiz-Signature-V3", v2(TOKEN, URL, NONCE), "X-Vobiz-Signature-V3-Nonce", NONCE);

    WebhookSignatureException failure =
        catchThrowableOfType(WebhookSignatureException.class, () -> verifier.verifyCallback(URL, headers));

    assertThat(failure.reason()).isEqualTo(Reason.MISMATCH);
    assertThat(failure.header()).isEqualTo("X-Vobiz-Signature-V3");
    assertNoSecretsIn(failure);
  }

  @Test
  void verifyCallback_wrongToken_isAMismatch() {
    Map<String, List<String>> headers =
        headers("X-Vobiz-Signature-V3", v3("someone-else", URL, NONCE), "X-Vobiz-Signature-V3-Nonce", NONCE);

    WebhookSignatureException failure =
        catchThrowableOfType(WebhookSignatureException.class, () -> verifier.verifyCallback(URL, headers));

    assertThat(failure.reason()).isEqualTo(Reason.MISMATCH);
    assertThat(failure).hasMessageContaining("X-Vobiz-Signature-V3").hasMessageContaining("does not match");
    assertNoSecretsIn(failure);
  }

  @Test
  void verifyCallback_nonceHeaderChanged_isAMismatch() {
    Map<String, List<String>> headers =
        headers("X-Vobiz-Signature-V2", v2(TOKEN, URL, NONCE), "X-Vobiz-Signature-V2-Nonce", OTHER_NONCE);

    WebhookSignatureException failure =
        catchThrowableOfType(WebhookSignatureException.class, () -> verifier.verifyCallback(URL, headers));

    assertThat(failure.reason()).isEqualTo(Reason.MISMATCH);
    assertNoSecretsIn(failure);
  }

  @Test
  void verifyCallback_otherUrl_isAMismatch() {
    Map<String, List<String>> headers =
        headers("X-Vobiz-Signature-V3", v3(TOKEN, URL, NONCE), "X-Vobiz-Signature-V3-Nonce", NONCE);

    assertThatThrownBy(() -> verifier.verifyCallback("https://example.com/vobiz/hangup", headers))
        .isInstanceOfSatisfying(WebhookSignatureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISMATCH));
  }

  @Test
  void verifyCallback_queryStringOfTheCallbackUrl_isIgnored() {
    Map<String, List<String>> headers =
        headers("X-Vobiz-Signature-V3", v3(TOKEN, URL, NONCE), "X-Vobiz-Signature-V3-Nonce", NONCE);

    assertThat(verifier.verifyCallback(URL + "?tenant=acme&leg=a", headers)).isEqualTo(SignatureScheme.V3);
    assertThat(verifier.verifyCallback(URL + "?", headers)).isEqualTo(SignatureScheme.V3);
  }

  @Test
  void verifyCallback_signatureOverUrlWithQuery_isAMismatch() {
    // Vobiz signs the base URL; a signature that included the query string is not Vobiz's.
    String withQuery = URL + "?tenant=acme";
    Map<String, List<String>> headers =
        headers("X-Vobiz-Signature-V3", v3(TOKEN, withQuery, NONCE), "X-Vobiz-Signature-V3-Nonce", NONCE);

    assertThatThrownBy(() -> verifier.verifyCallback(withQuery, headers))
        .isInstanceOfSatisfying(WebhookSignatureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISMATCH));
  }

  @Test
  void verifyCallback_missingNonce_namesTheNonceHeader() {
    Map<String, List<String>> headers = headers("X-Vobiz-Signature-V2", v2(TOKEN, URL, NONCE));

    WebhookSignatureException failure =
        catchThrowableOfType(WebhookSignatureException.class, () -> verifier.verifyCallback(URL, headers));

    assertThat(failure.reason()).isEqualTo(Reason.MISSING_HEADER);
    assertThat(failure.header()).isEqualTo("X-Vobiz-Signature-V2-Nonce");
    assertThat(failure).hasMessageContaining("X-Vobiz-Signature-V2-Nonce");
    assertNoSecretsIn(failure);
  }

  @Test
  void verifyCallback_emptyNonce_isMissing() {
    Map<String, List<String>> headers =
        headers("X-Vobiz-Signature-V3", v3(TOKEN, URL, ""), "X-Vobiz-Signature-V3-Nonce", " ");

    assertThatThrownBy(() -> verifier.verifyCallback(URL, headers))
        .isInstanceOfSatisfying(WebhookSignatureException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER));
  }

  @Test
  void verifyCallback_noSignatureHeaders_listsWhatItLookedFor() {
    WebhookSignatureException failure = catchThrowableOfType(
        WebhookSignatureException.class, () -> verifier.verifyCallback(URL, headers("Content-Type", "text/plain")));

    assertThat(failure.reason()).isEqualTo(Reason.MISSING_HEADER);
    assertThat(failure.header()).isEqualTo("X-Vobiz-Signature-V3");
    assertThat(failure).hasMessageContaining("X-Vobiz-Signature-V3, X-Vobiz-Signature-V2, X-Vobiz-Signature-MA-V3,"
        + " X-Vobiz-Signature-MA-V2");
  }

  @Test
  void verifyCallback_legacySha1HeaderAlone_isNotAccepted() {
    WebhookSignatureException failure = catchThrowableOfType(WebhookSignatureException.class,
        () -> verifier.verifyCallback(URL, headers("X-Vobiz-Signature", "c29tZS1zaGExLXNpZ25hdHVyZQ==")));

    assertThat(failure.reason()).isEqualTo(Reason.MISSING_HEADER);
  }

  @Test
  void verifyCallback_notBase64_isABadEncoding() {
    Map<String, List<String>> headers =
        headers("X-Vobiz-Signature-V3", "!!not base64!!", "X-Vobiz-Signature-V3-Nonce", NONCE);

    WebhookSignatureException failure =
        catchThrowableOfType(WebhookSignatureException.class, () -> verifier.verifyCallback(URL, headers));

    assertThat(failure.reason()).isEqualTo(Reason.BAD_ENCODING);
    assertThat(failure).hasMessage("X-Vobiz-Signature-V3 is not base64");
    assertThat(failure.getMessage()).doesNotContain("!!not base64!!");
  }

  @Test
  void verifyCallback_severalNonces_isABadEncoding() {
    Map<String, List<String>> headers = headers("X-Vobiz-Signature-V3", v3(TOKEN, URL, NONCE),
        "X-Vobiz-Signature-V3-Nonce", NONCE, "X-Vobiz-Signature-V3-Nonce", OTHER_NONCE);

    WebhookSignatureException failure =
        catchThrowableOfType(WebhookSignatureException.class, () -> verifier.verifyCallback(URL, headers));

    assertThat(failure.reason()).isEqualTo(Reason.BAD_ENCODING);
    assertThat(failure.header()).isEqualTo("X-Vobiz-Signature-V3-Nonce");
  }

  @Test
  void verifyCallback_commaSeparatedSignatures_acceptsWhenOneMatches() {
    String valid = v3(TOKEN, URL, NONCE);
    String stale = v3("previous-token", URL, NONCE);

    assertThat(verifier.verifyCallback(URL,
        headers("X-Vobiz-Signature-V3", stale + ", " + valid, "X-Vobiz-Signature-V3-Nonce", NONCE)))
        .isEqualTo(SignatureScheme.V3);
    assertThat(verifier.verifyCallback(URL, headers("X-Vobiz-Signature-V3", "not-base64!," + valid,
        "X-Vobiz-Signature-V3-Nonce", NONCE)))
        .isEqualTo(SignatureScheme.V3);
  }

  @Test
  void verifyCallback_repeatedSignatureHeaderLines_countAsAList() {
    Map<String, List<String>> headers = headers(
        "X-Vobiz-Signature-V3", v3("previous-token", URL, NONCE),
        "X-Vobiz-Signature-V3", v3(TOKEN, URL, NONCE),
        "X-Vobiz-Signature-V3-Nonce", NONCE);

    assertThat(verifier.verifyCallback(URL, headers)).isEqualTo(SignatureScheme.V3);
  }

  @Test
  void verifyCallback_commaSeparatedSignatures_noneMatching_isAMismatch() {
    Map<String, List<String>> headers = headers("X-Vobiz-Signature-V3",
        v3("a", URL, NONCE) + "," + v3("b", URL, NONCE), "X-Vobiz-Signature-V3-Nonce", NONCE);

    assertThatThrownBy(() -> verifier.verifyCallback(URL, headers))
        .isInstanceOfSatisfying(WebhookSignatureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISMATCH));
  }

  @Test
  void verifyCallback_headerNamesMatchCaseInsensitively() {
    Map<String, List<String>> headers =
        headers("x-vobiz-signature-v3", v3(TOKEN, URL, NONCE), "X-VOBIZ-SIGNATURE-V3-NONCE", NONCE);

    assertThat(verifier.verifyCallback(URL, headers)).isEqualTo(SignatureScheme.V3);
  }

  @Test
  void verifyCallback_servletStyleLookup() {
    Map<String, String> servlet = new HashMap<>();
    servlet.put("X-Vobiz-Signature-V2", v2(TOKEN, URL, NONCE));
    servlet.put("X-Vobiz-Signature-V2-Nonce", NONCE);

    assertThat(verifier.verifyCallback(URL, servlet::get)).isEqualTo(SignatureScheme.V2);
  }

  @Test
  void verifyCallback_oneBadOneMissingNonce_reportsTheMismatchAndBoth() {
    Map<String, List<String>> headers = headers(
        "X-Vobiz-Signature-V3", v3("someone-else", URL, NONCE), "X-Vobiz-Signature-V3-Nonce", NONCE,
        "X-Vobiz-Signature-V2", v2(TOKEN, URL, NONCE));

    WebhookSignatureException failure =
        catchThrowableOfType(WebhookSignatureException.class, () -> verifier.verifyCallback(URL, headers));

    assertThat(failure.reason()).isEqualTo(Reason.MISMATCH);
    assertThat(failure.header()).isEqualTo("X-Vobiz-Signature-V3");
    assertThat(failure).hasMessageContaining("X-Vobiz-Signature-V3 does not match")
        .hasMessageContaining("X-Vobiz-Signature-V2-Nonce is missing");
    assertNoSecretsIn(failure);
  }

  @Test
  void verifyCallback_relativeUrl_isAProgrammingError() {
    assertThatThrownBy(() -> verifier.verifyCallback("/vobiz/answer", headers()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("callbackUrl");
  }

  // ---- MA variants -------------------------------------------------------------------------------------------

  private Map<String, List<String>> subAccountCallback() {
    // What Vobiz sends for a sub-account: V2/V3 under the sub-account's token, MA-V2/MA-V3 under the parent's,
    // over the same nonces.
    return headers(
        "X-Vobiz-Signature-V2", v2(SUB_TOKEN, URL, NONCE), "X-Vobiz-Signature-V2-Nonce", NONCE,
        "X-Vobiz-Signature-V3", v3(SUB_TOKEN, URL, OTHER_NONCE), "X-Vobiz-Signature-V3-Nonce", OTHER_NONCE,
        "X-Vobiz-Signature-MA-V2", v2(PARENT_TOKEN, URL, NONCE),
        "X-Vobiz-Signature-MA-V3", v3(PARENT_TOKEN, URL, OTHER_NONCE));
  }

  @Test
  void verifyCallback_subAccountCallback_parentTokenMatchesMaV3() {
    VobizSignatureVerifier parent = VobizSignatureVerifier.create(Secret.of("authToken", PARENT_TOKEN));

    assertThat(parent.verifyCallback(URL, subAccountCallback())).isEqualTo(SignatureScheme.MA_V3);
  }

  @Test
  void verifyCallback_subAccountCallback_subTokenMatchesV3() {
    VobizSignatureVerifier sub = VobizSignatureVerifier.create(Secret.of("authToken", SUB_TOKEN));

    assertThat(sub.verifyCallback(URL, subAccountCallback())).isEqualTo(SignatureScheme.V3);
  }

  @Test
  void verifyCallback_maV2Only_withParentToken() {
    VobizSignatureVerifier parent = VobizSignatureVerifier.create(Secret.of("authToken", PARENT_TOKEN));
    Map<String, List<String>> headers =
        headers("X-Vobiz-Signature-MA-V2", v2(PARENT_TOKEN, URL, NONCE), "X-Vobiz-Signature-V2-Nonce", NONCE);

    assertThat(parent.verifyCallback(URL, headers)).isEqualTo(SignatureScheme.MA_V2);
  }

  @Test
  void verifyCallback_maSpecificNonceHeader_isPreferredWhenPresent() {
    VobizSignatureVerifier parent = VobizSignatureVerifier.create(Secret.of("authToken", PARENT_TOKEN));
    Map<String, List<String>> headers = headers(
        "X-Vobiz-Signature-MA-V3", v3(PARENT_TOKEN, URL, OTHER_NONCE),
        "X-Vobiz-Signature-MA-V3-Nonce", OTHER_NONCE,
        "X-Vobiz-Signature-V3-Nonce", NONCE);

    assertThat(parent.verifyCallback(URL, headers)).isEqualTo(SignatureScheme.MA_V3);
  }

  @Test
  void verifyCallback_maSignature_withoutAnyNonce_namesTheSharedNonceHeader() {
    VobizSignatureVerifier parent = VobizSignatureVerifier.create(Secret.of("authToken", PARENT_TOKEN));
    Map<String, List<String>> headers = headers("X-Vobiz-Signature-MA-V3", v3(PARENT_TOKEN, URL, NONCE));

    WebhookSignatureException failure =
        catchThrowableOfType(WebhookSignatureException.class, () -> parent.verifyCallback(URL, headers));

    assertThat(failure.reason()).isEqualTo(Reason.MISSING_HEADER);
    assertThat(failure.header()).isEqualTo("X-Vobiz-Signature-V3-Nonce");
  }

  @Test
  void withCallbackSchemes_onlyMa_refusesARequestThatOnlyCarriesV3() {
    VobizSignatureVerifier maOnly = VobizSignatureVerifier.create(Secret.of("authToken", TOKEN))
        .withCallbackSchemes(SignatureScheme.MA_V3, SignatureScheme.MA_V2);
    Map<String, List<String>> headers =
        headers("X-Vobiz-Signature-V3", v3(TOKEN, URL, NONCE), "X-Vobiz-Signature-V3-Nonce", NONCE);

    WebhookSignatureException failure =
        catchThrowableOfType(WebhookSignatureException.class, () -> maOnly.verifyCallback(URL, headers));

    assertThat(failure.reason()).isEqualTo(Reason.MISSING_HEADER);
    assertThat(failure).hasMessageContaining("X-Vobiz-Signature-MA-V3, X-Vobiz-Signature-MA-V2");
    assertThat(verifier.verifyCallback(URL, headers)).isEqualTo(SignatureScheme.V3); // the original is unchanged
  }

  @Test
  void withCallbackSchemes_rejectsKycAndEmpty() {
    assertThatThrownBy(() -> verifier.withCallbackSchemes(SignatureScheme.KYC_SHA256))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("verifyKycWebhook");
    assertThatThrownBy(() -> verifier.withCallbackSchemes())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("schemes");
  }

  // ---- KYC ----------------------------------------------------------------------------------------------------

  private static final byte[] KYC_BODY = ("{\"event\":\"kyc.completed\",\"session_id\":\"s-1\","
      + "\"account_auth_id\":\"SA_QRST5678\",\"metadata\":{\"ref\":\"caf\u00e9\"}}").getBytes(StandardCharsets.UTF_8);

  @Test
  void verifyKycWebhook_valid_returnsKyc() {
    VobizSignatureVerifier parent = VobizSignatureVerifier.create(Secret.of("authToken", PARENT_TOKEN));

    assertThat(parent.verifyKycWebhook(headers("X-Vobiz-Signature", kyc(PARENT_TOKEN, KYC_BODY)), KYC_BODY))
        .isEqualTo(SignatureScheme.KYC_SHA256);
  }

  @Test
  void verifyKycWebhook_upperCaseHexAndPrefix_areAccepted() {
    VobizSignatureVerifier parent = VobizSignatureVerifier.create(Secret.of("authToken", PARENT_TOKEN));
    String upper = "SHA256=" + kyc(PARENT_TOKEN, KYC_BODY).substring("sha256=".length()).toUpperCase();

    assertThat(parent.verifyKycWebhook(headers("x-vobiz-signature", upper), KYC_BODY))
        .isEqualTo(SignatureScheme.KYC_SHA256);
  }

  @Test
  void verifyKycWebhook_tamperedBody_isAMismatch() {
    VobizSignatureVerifier parent = VobizSignatureVerifier.create(Secret.of("authToken", PARENT_TOKEN));
    String signature = kyc(PARENT_TOKEN, KYC_BODY);
    byte[] tampered = new String(KYC_BODY, StandardCharsets.UTF_8)
        .replace("kyc.completed", "kyc.failed").getBytes(StandardCharsets.UTF_8);

    WebhookSignatureException failure = catchThrowableOfType(WebhookSignatureException.class,
        () -> parent.verifyKycWebhook(headers("X-Vobiz-Signature", signature), tampered));

    assertThat(failure.reason()).isEqualTo(Reason.MISMATCH);
    assertThat(failure.header()).isEqualTo("X-Vobiz-Signature");
    assertNoSecretsIn(failure);
  }

  @Test
  void verifyKycWebhook_reserialisedJson_isAMismatch() {
    // Whitespace changes the bytes: the signature is over the raw body, not over the JSON value.
    VobizSignatureVerifier parent = VobizSignatureVerifier.create(Secret.of("authToken", PARENT_TOKEN));
    String signature = kyc(PARENT_TOKEN, KYC_BODY);
    byte[] pretty = new String(KYC_BODY, StandardCharsets.UTF_8).replace(",", ", ").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parent.verifyKycWebhook(headers("X-Vobiz-Signature", signature), pretty))
        .isInstanceOfSatisfying(WebhookSignatureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISMATCH));
  }

  @Test
  void verifyKycWebhook_signedWithTheSubAccountToken_isAMismatch() {
    VobizSignatureVerifier parent = VobizSignatureVerifier.create(Secret.of("authToken", PARENT_TOKEN));

    assertThatThrownBy(() -> parent.verifyKycWebhook(headers("X-Vobiz-Signature", kyc(SUB_TOKEN, KYC_BODY)), KYC_BODY))
        .isInstanceOfSatisfying(WebhookSignatureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISMATCH));
  }

  static Stream<Arguments> malformedKycHeaders() {
    return Stream.of(
        Arguments.of("no prefix", "e6b89a24ed359fa8878efae6f74b74fafa9cf96f8331aaca79afd949e9754771"),
        Arguments.of("legacy base64 SHA-1", "c29tZS1zaGExLXNpZ25hdHVyZQ=="),
        Arguments.of("odd hex length", "sha256=abc"),
        Arguments.of("not hex", "sha256=zz"),
        Arguments.of("prefix only", "sha256="),
        Arguments.of("other algorithm", "sha1=0123456789abcdef0123456789abcdef01234567"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("malformedKycHeaders")
  void verifyKycWebhook_malformedHeader_isABadEncoding(String description, String value) {
    WebhookSignatureException failure = catchThrowableOfType(WebhookSignatureException.class,
        () -> verifier.verifyKycWebhook(headers("X-Vobiz-Signature", value), KYC_BODY));

    assertThat(failure.reason()).isEqualTo(Reason.BAD_ENCODING);
    assertThat(failure).hasMessageStartingWith("X-Vobiz-Signature is not sha256=<hex>");
    if (!value.equals("sha256=")) {
      assertThat(failure.getMessage()).doesNotContain(value); // what was received is not echoed either
    }
  }

  @Test
  void verifyKycWebhook_missingHeader() {
    WebhookSignatureException failure = catchThrowableOfType(WebhookSignatureException.class,
        () -> verifier.verifyKycWebhook(headers("X-Vobiz-Signature-V3", "x"), KYC_BODY));

    assertThat(failure.reason()).isEqualTo(Reason.MISSING_HEADER);
    assertThat(failure).hasMessage("no X-Vobiz-Signature header");
  }

  @Test
  void verifyKycWebhook_servletStyleLookup() {
    VobizSignatureVerifier parent = VobizSignatureVerifier.create(Secret.of("authToken", PARENT_TOKEN));
    String signature = kyc(PARENT_TOKEN, KYC_BODY);

    assertThat(parent.verifyKycWebhook(name -> name.equals("X-Vobiz-Signature") ? signature : null, KYC_BODY))
        .isEqualTo(SignatureScheme.KYC_SHA256);
  }

  // ---- secrets never leak ------------------------------------------------------------------------------------

  static Stream<Arguments> failingCalls() {
    VobizSignatureVerifierTest t = new VobizSignatureVerifierTest();
    VobizSignatureVerifier v = t.verifier;
    String sig = t.v3(TOKEN, URL, NONCE);
    String kycSig = t.kyc(TOKEN, KYC_BODY);
    return Stream.of(
        Arguments.of((Supplier<?>) () -> v.verifyCallback(URL, headers())),
        Arguments.of((Supplier<?>) () -> v.verifyCallback(URL, headers("X-Vobiz-Signature-V3", sig))),
        Arguments.of((Supplier<?>) () -> v.verifyCallback(URL + "/other",
            headers("X-Vobiz-Signature-V3", sig, "X-Vobiz-Signature-V3-Nonce", NONCE))),
        Arguments.of((Supplier<?>) () -> v.verifyCallback(URL,
            headers("X-Vobiz-Signature-V3", sig, "X-Vobiz-Signature-V3-Nonce", OTHER_NONCE,
                "X-Vobiz-Signature-MA-V2", "@@", "X-Vobiz-Signature-V2-Nonce", NONCE))),
        Arguments.of((Supplier<?>) () -> v.verifyKycWebhook(headers("X-Vobiz-Signature", kycSig), new byte[0])),
        Arguments.of((Supplier<?>) () -> v.verifyKycWebhook(headers(), KYC_BODY)));
  }

  @ParameterizedTest
  @MethodSource("failingCalls")
  void failures_neverContainTheTokenOrAComputedSignature(Supplier<?> call) {
    WebhookSignatureException failure = catchThrowableOfType(WebhookSignatureException.class, call::get);

    assertThat(failure).isNotNull();
    // Everything the verifier could have computed for these requests, by the test's own Mac.
    List<String> computed = new ArrayList<>();
    for (String base : List.of(URL, URL + "/other")) {
      for (String nonce : List.of(NONCE, OTHER_NONCE)) {
        computed.add(base64Hmac(TOKEN, base + nonce));
        computed.add(base64Hmac(TOKEN, base + "." + nonce));
      }
    }
    computed.add(kyc(TOKEN, new byte[0]).substring("sha256=".length()));
    computed.add(kyc(TOKEN, KYC_BODY).substring("sha256=".length()));
    assertThat(failure.getMessage()).doesNotContain(TOKEN).doesNotContain(computed.toArray(new String[0]));
    assertThat(failure.toString()).doesNotContain(TOKEN);
  }

  @Test
  void toString_masksTheToken() {
    assertThat(verifier.toString()).doesNotContain(TOKEN).contains("***");
  }

  @Test
  void create_rejectsABlankToken_withoutEchoingIt() {
    assertThatThrownBy(() -> VobizSignatureVerifier.create(" padded-CANARY "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("authToken")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("CANARY"));
    assertThatThrownBy(() -> VobizSignatureVerifier.create((String) null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("authToken");
  }

  @Test
  void schemes_describeTheirHeaders() {
    assertThat(SignatureScheme.MA_V2.signatureHeader()).isEqualTo("X-Vobiz-Signature-MA-V2");
    assertThat(SignatureScheme.MA_V2.nonceHeader()).contains("X-Vobiz-Signature-V2-Nonce");
    assertThat(SignatureScheme.MA_V3.keyedWithParentToken()).isTrue();
    assertThat(SignatureScheme.V3.keyedWithParentToken()).isFalse();
    assertThat(SignatureScheme.KYC_SHA256.nonceHeader()).isEmpty();
  }
}
