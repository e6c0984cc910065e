package io.cpaaskit.auth;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.cpaaskit.core.json.LenientJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Reads the claims of a JWT without verifying it: the client only needs lifetimes (the vendor verifies the
 * signature). Never logs or echoes the token.
 */
public final class Jwt {
  private static final JsonAdapter<Map<String, Object>> CLAIMS =
      LenientJson.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private Jwt() {}

  /**
   * Decodes the payload.
   *
   * @param token the JWT
   * @return its claims, or an empty map if the token is not a readable JWT
   */
  public static Map<String, Object> claims(Secret token) {
    String[] parts = token.reveal().split("\\.", -1);
    if (parts.length != 3) {
      return Map.of();
    }
    try {
      byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
      Map<String, Object> claims = CLAIMS.fromJson(new String(payload, StandardCharsets.UTF_8));
      return claims == null ? Map.of() : claims;
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }
}
