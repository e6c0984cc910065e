package io.cpaaskit.voipbin;

import static io.cpaaskit.voipbin.TestKit.ACCESS_KEY;
import static io.cpaaskit.voipbin.TestKit.DIRECT_HASH;
import static io.cpaaskit.voipbin.TestKit.PASSWORD;
import static io.cpaaskit.voipbin.TestKit.USERNAME;
import static io.cpaaskit.voipbin.TestKit.assertNoSecrets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The credential factories: checked on creation, masked in toString, equal by value. */
class VoipbinCredentialsTest {
  private static IllegalArgumentException refusal(Runnable factory) {
    return catchThrowableOfType(IllegalArgumentException.class, factory::run);
  }

  @Test
  void nullOrBlankValuesAreRefusedNamingTheField() {
    assertThat(refusal(() -> VoipbinCredentials.accessKey(null))).hasMessage("accessKey is null");
    assertThat(refusal(() -> VoipbinCredentials.accessKey(" \t"))).hasMessage("accessKey is blank");
    assertThat(refusal(() -> VoipbinCredentials.password(null, PASSWORD))).hasMessage("username is null");
    assertThat(refusal(() -> VoipbinCredentials.password("", PASSWORD))).hasMessage("username is blank");
    assertThat(refusal(() -> VoipbinCredentials.password(USERNAME, null))).hasMessage("password is null");
    assertThat(refusal(() -> VoipbinCredentials.password(USERNAME, "   "))).hasMessage("password is blank");
    assertThat(refusal(() -> VoipbinCredentials.directHash(null))).hasMessage("directHash is null");
    assertThat(refusal(() -> VoipbinCredentials.directHash(""))).hasMessage("directHash is blank");
  }

  @Test
  void surroundingWhitespaceIsRefusedWithoutEchoingTheValue() {
    IllegalArgumentException key = refusal(() -> VoipbinCredentials.accessKey(ACCESS_KEY + "\n"));
    IllegalArgumentException password = refusal(() -> VoipbinCredentials.password(USERNAME, " " + PASSWORD));
    IllegalArgumentException hash = refusal(() -> VoipbinCredentials.directHash(DIRECT_HASH + " "));

    assertThat(key).hasMessageStartingWith("accessKey has leading or trailing whitespace");
    assertThat(password).hasMessageStartingWith("password has leading or trailing whitespace");
    assertThat(hash).hasMessageStartingWith("directHash has leading or trailing whitespace");
    assertNoSecrets(key, password, hash);
  }

  @ParameterizedTest
  @CsvSource({
    "CANARY-no-prefix, ''",
    "vb_, ''",
    "VB_CANARY-upper, ''",
    "direct.CANARY-hash, looks like a direct hash",
    "eyJCANARY.payload.sig, looks like a JWT",
  })
  void anAccessKeyMustStartWithVb(String value, String hint) {
    IllegalArgumentException refused = refusal(() -> VoipbinCredentials.accessKey(value));

    assertThat(refused).hasMessageStartingWith("accessKey must start with \"vb_\"").hasMessageContaining(hint);
    assertNoSecrets(refused);
  }

  @ParameterizedTest
  @CsvSource({
    "CANARY-no-prefix, ''",
    "direct., ''",
    "vb_CANARY-key, looks like an access key",
  })
  void aDirectHashMustStartWithDirect(String value, String hint) {
    IllegalArgumentException refused = refusal(() -> VoipbinCredentials.directHash(value));

    assertThat(refused).hasMessageStartingWith("directHash must start with \"direct.\"").hasMessageContaining(hint);
    assertNoSecrets(refused);
  }

  @Test
  void toStringMasksEverySecretAndShowsOnlyTheUsername() {
    VoipbinCredentials key = VoipbinCredentials.accessKey(ACCESS_KEY);
    VoipbinCredentials login = VoipbinCredentials.password(USERNAME, PASSWORD);
    VoipbinCredentials hash = VoipbinCredentials.directHash(DIRECT_HASH);

    assertThat(key.toString()).startsWith("VoipbinCredentials{accessKey=***");
    assertThat(login).hasToString("VoipbinCredentials{username=" + USERNAME + ", password=***}");
    assertThat(hash.toString()).startsWith("VoipbinCredentials{directHash=***");
    assertNoSecrets(key, login, hash);
  }

  @Test
  void equalByKindAndEveryValue() {
    assertThat(VoipbinCredentials.accessKey(ACCESS_KEY))
        .isEqualTo(VoipbinCredentials.accessKey(ACCESS_KEY))
        .hasSameHashCodeAs(VoipbinCredentials.accessKey(ACCESS_KEY))
        .isNotEqualTo(VoipbinCredentials.accessKey(ACCESS_KEY + "x"));
    assertThat(VoipbinCredentials.password(USERNAME, PASSWORD))
        .isEqualTo(VoipbinCredentials.password(USERNAME, PASSWORD))
        .hasSameHashCodeAs(VoipbinCredentials.password(USERNAME, PASSWORD))
        .isNotEqualTo(VoipbinCredentials.password("bob@example.com", PASSWORD))
        .isNotEqualTo(VoipbinCredentials.password(USERNAME, PASSWORD + "x"));
    assertThat(VoipbinCredentials.directHash(DIRECT_HASH))
        .isEqualTo(VoipbinCredentials.directHash(DIRECT_HASH))
        .isNotEqualTo(VoipbinCredentials.directHash(DIRECT_HASH + "x"))
        .isNotEqualTo(VoipbinCredentials.accessKey(ACCESS_KEY));
  }
}
