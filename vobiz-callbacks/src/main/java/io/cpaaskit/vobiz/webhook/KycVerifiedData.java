package io.cpaaskit.vobiz.webhook;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a KYC session verified ({@code verified_data}): PAN details, the steps completed and, for individuals, the
 * Aadhaar details Vobiz passes on. This is personal data: {@link #toString()} shows only the PAN type and the steps.
 */
public final class KycVerifiedData {
  private final KycEventJson.VerifiedDataJson json;

  KycVerifiedData(KycEventJson.VerifiedDataJson json) {
    this.json = json;
  }

  /**
   * Returns the PAN type ({@code pan_type}); the fourth PAN character decides individual or company KYC.
   *
   * @return the type, or empty
   */
  public Optional<String> panType() {
    return text(json.panType);
  }

  /**
   * Returns the PAN ({@code pan_number}).
   *
   * @return the number, or empty
   */
  public Optional<String> panNumber() {
    return text(json.panNumber);
  }

  /**
   * Returns the name on the PAN ({@code pan_name}).
   *
   * @return the name, or empty
   */
  public Optional<String> panName() {
    return text(json.panName);
  }

  /**
   * Returns the registered name of the PAN ({@code pan_registered_name}).
   *
   * @return the name, or empty
   */
  public Optional<String> panRegisteredName() {
    return text(json.panRegisteredName);
  }

  /**
   * Returns whether the names matched ({@code pan_name_match}), sent as a boolean or as {@code "true"}/{@code "false"}.
   *
   * @return the result, or empty when absent or of another form
   */
  public Optional<Boolean> panNameMatch() {
    Object match = json.panNameMatch;
    if (match instanceof Boolean) {
      return Optional.of((Boolean) match);
    }
    if (match instanceof String) {
      String value = ((String) match).trim().toLowerCase(Locale.ROOT);
      if (value.equals("true") || value.equals("false")) {
        return Optional.of(Boolean.valueOf(value));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the steps completed ({@code completed_steps}).
   *
   * @return an unmodifiable list, empty when none were sent
   */
  public List<String> completedSteps() {
    return json.completedSteps == null ? List.of() : Collections.unmodifiableList(json.completedSteps);
  }

  /**
   * Returns the gender ({@code gender}).
   *
   * @return the gender, or empty
   */
  public Optional<String> gender() {
    return text(json.gender);
  }

  /**
   * Returns the address ({@code address}); an address sent as an object is rendered as text.
   *
   * @return the address, or empty
   */
  public Optional<String> address() {
    return json.address == null ? Optional.empty() : text(String.valueOf(json.address));
  }

  /**
   * Returns the name on the Aadhaar ({@code aadhaar_name}).
   *
   * @return the name, or empty
   */
  public Optional<String> aadhaarName() {
    return text(json.aadhaarName);
  }

  /**
   * Returns the date of birth on the Aadhaar ({@code aadhaar_dob}), as sent.
   *
   * @return the date, or empty
   */
  public Optional<String> aadhaarDateOfBirth() {
    return text(json.aadhaarDob);
  }

  /**
   * Returns the masked Aadhaar number ({@code masked_aadhaar}).
   *
   * @return the masked number, or empty
   */
  public Optional<String> maskedAadhaar() {
    return text(json.maskedAadhaar);
  }

  @Override
  public String toString() {
    return "KycVerifiedData{panType=" + panType().orElse("-") + ", completedSteps=" + completedSteps()
        + ", personal data ***}";
  }

  private static Optional<String> text(String value) {
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
