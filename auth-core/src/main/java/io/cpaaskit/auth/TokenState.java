package io.cpaaskit.auth;

/** Where a {@link TokenManager}'s token stands. */
public enum TokenState {
  /** Valid and outside its refresh window: served without any locking. */
  FRESH,
  /** Valid but inside its refresh window: served while one login runs in the background. */
  STALE,
  /** Past its hard-expiry margin, invalidated by a 401, or not obtained yet: callers wait for a login. */
  EXPIRED
}
