package io.cpaaskit.vobiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.vobiz.errors.VobizApiException;
import io.cpaaskit.vobiz.voice.api.KycVerificationsApi;
import io.cpaaskit.vobiz.voice.api.support.SecretMembers;
import io.cpaaskit.vobiz.voice.model.CreateKycSessionRequest;
import io.cpaaskit.vobiz.voice.model.KycSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Members the spec marks {@code format: password} under names no generic rule would catch (a KYC session's
 * {@code widget_url} and {@code kyc_link} embed the session's access token) are masked in BODY-level logs and in the
 * error body an exception keeps, as the model's {@code toString()} masks them.
 */
class SpecSecretMembersRedactionTest {
  private static final String WIDGET_TOKEN = "kst_CANARYwidget0123456789";
  private static final String LINK_TOKEN = "ks_CANARYlink42";
  private static final String SESSION =
      "{\"session_id\":\"ks_01J9\",\"account_auth_id\":\"SA_QRST5678\",\"status\":\"link_ready\","
          + "\"widget_url\":\"https://kyc.vobiz.ai/w/" + WIDGET_TOKEN + "\","
          + "\"kyc_link\":\"https://kyc.vobiz.ai/s/" + LINK_TOKEN + "\",\"message\":\"KYC session created\"}";

  private final VobizFixture fixture = new VobizFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void theGeneratedNamesAreTheSpecsSecretMembers() {
    assertThat(SecretMembers.NAMES.split(",")).contains("widget_url", "kyc_link", "auth_token", "password");
  }

  @Test
  void kycLinksAreMaskedInBodyLevelLogs() throws Exception {
    fixture.enqueue(200, SESSION);
    VobizClient vobiz = fixture.client(VobizFixture.customer());

    KycSession session = vobiz.execute(vobiz.create(KycVerificationsApi.class)
        .createSubAccountKycSession(VobizFixture.SUB_ACCOUNT_ID, new CreateKycSessionRequest()
            .flowType(CreateKycSessionRequest.FlowTypeEnum.REDIRECT)));

    assertThat(session.getKycLink()).as("the caller still gets the link").endsWith(LINK_TOKEN);
    assertThat(fixture.logLines).anyMatch(line -> line.contains("\"widget_url\":\"***\",\"kyc_link\":\"***\""));
    assertThat(String.join("\n", fixture.logLines)).doesNotContain(WIDGET_TOKEN, LINK_TOKEN);
    assertThat(session.toString()).doesNotContain(WIDGET_TOKEN, LINK_TOKEN);
  }

  @Test
  void kycLinksAreMaskedInTheErrorBodyAnExceptionKeeps() {
    fixture.enqueue(409, "{\"error\":\"a session is open\",\"session\":" + SESSION + "}");
    VobizClient vobiz = fixture.client(VobizFixture.customer());

    VobizApiException conflict = catchThrowableOfType(VobizApiException.class,
        () -> vobiz.execute(vobiz.create(KycVerificationsApi.class)
            .createSubAccountKycSession(VobizFixture.SUB_ACCOUNT_ID, new CreateKycSessionRequest())));

    assertThat(conflict).isNotNull();
    assertThat(conflict.rawBody()).contains("\"kyc_link\":\"***\"").doesNotContain(WIDGET_TOKEN, LINK_TOKEN);
    assertThat(String.valueOf(conflict.getMessage())).doesNotContain(WIDGET_TOKEN, LINK_TOKEN);
  }
}
