package io.cpaaskit.vobiz.webhook;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape a KYC webhook is read into, field by field as Vobiz names them; {@link KycEvent} turns it into the
 * public view. Vobiz documents the event names but no example body, so this accepts the session fields of the
 * partner and sub-account KYC APIs either at the top level or under {@code data} or {@code session}, and the event
 * name under {@code event}, {@code type} or {@code event_type}. Unknown members are ignored.
 */
final class KycEventJson {
  @Json(name = "event")
  String event;

  @Json(name = "type")
  String type;

  @Json(name = "event_type")
  String eventType;

  @Json(name = "event_id")
  String eventId;

  @Json(name = "id")
  String id;

  @Json(name = "session_id")
  String sessionId;

  @Json(name = "account_auth_id")
  String accountAuthId;

  @Json(name = "status")
  String status;

  @Json(name = "kyc_type")
  String kycType;

  @Json(name = "flow_type")
  String flowType;

  @Json(name = "reason")
  String reason;

  @Json(name = "failure_reason")
  String failureReason;

  @Json(name = "timestamp")
  String timestamp;

  @Json(name = "occurred_at")
  String occurredAt;

  @Json(name = "created_at")
  String createdAt;

  @Json(name = "updated_at")
  String updatedAt;

  @Json(name = "metadata")
  Map<String, Object> metadata;

  @Json(name = "verified_data")
  VerifiedDataJson verifiedData;

  @Json(name = "data")
  KycEventJson data;

  @Json(name = "session")
  KycEventJson session;

  /** {@code verified_data} as the partner KYC-session API returns it. */
  static final class VerifiedDataJson {
    @Json(name = "pan_type")
    String panType;

    @Json(name = "pan_number")
    String panNumber;

    @Json(name = "pan_name")
    String panName;

    @Json(name = "pan_registered_name")
    String panRegisteredName;

    @Json(name = "pan_name_match")
    Object panNameMatch;

    @Json(name = "completed_steps")
    List<String> completedSteps;

    @Json(name = "gender")
    String gender;

    @Json(name = "address")
    Object address;

    @Json(name = "aadhaar_name")
    String aadhaarName;

    @Json(name = "aadhaar_dob")
    String aadhaarDob;

    @Json(name = "masked_aadhaar")
    String maskedAadhaar;
  }
}
