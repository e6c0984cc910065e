package io.cpaaskit.vobiz.xml;

/** The HTTP method Vobiz uses to call one of your URLs ({@code method}, {@code callbackMethod}, ...). */
public enum HttpMethod {
  /** Parameters travel in the query string. */
  GET,
  /** Parameters travel form-encoded in the body; Vobiz's default everywhere. */
  POST
}
