package io.cpaaskit.sandbox.internal;

import mockwebserver3.MockResponse;

/** A vendor's behaviour behind the shared sandbox server: its state, its auth and its error bodies. */
public interface Emulator {
  /**
   * Answers one request that matched an operation of the vendor's specs and conforms to them; checks credentials
   * first, as the vendor does.
   *
   * @param exchange the request
   * @return the answer
   * @throws Exception for a bug in the emulator (answered as a 500 and reported)
   */
  MockResponse handle(Exchange exchange) throws Exception;

  /**
   * The vendor's own body for an error the sandbox raises itself: a request that breaks the spec (400), an unknown
   * route (404), a rate limit (429) or a server failure (5xx).
   *
   * @param status the status
   * @param message what is wrong, for the body's message field
   * @return the answer
   */
  MockResponse error(int status, String message);

  /**
   * The vendor's own body for an error the sandbox raises itself on a request that matched an operation: a request
   * that breaks the spec (400) or an injected fault. Vendors whose error bodies differ per route (VoIPBIN's
   * {@code /auth/*} refuse with an empty 400) override it; the default ignores the operation.
   *
   * @param operationId the operation the request matched
   * @param status the status
   * @param message what is wrong, for the body's message field
   * @return the answer
   */
  default MockResponse error(String operationId, int status, String message) {
    return error(status, message);
  }

  /**
   * Whether the request carries a token this vendor issued and that has expired, without answering it: for requests
   * the sandbox answers with an injected fault before the vendor's auth runs, so that an expired token sent into a
   * fault is counted like any other.
   *
   * @param exchange the request
   * @return whether it carries an expired token
   */
  default boolean carriesExpiredToken(Exchange exchange) {
    return false;
  }

  /**
   * Tells whether an operation issues tokens (a login), which fault injection and the login count treat apart.
   *
   * @param operationId the operation
   * @return whether it is a login
   */
  boolean isLogin(String operationId);

}
