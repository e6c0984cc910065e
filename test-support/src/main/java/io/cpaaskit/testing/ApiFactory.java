package io.cpaaskit.testing;

/** Creates generated API interfaces bound to a loopback server. */
public interface ApiFactory {
  /**
   * Returns an implementation of {@code api} that sends to the loopback server.
   *
   * @param api a generated Retrofit interface
   * @param <T> the interface type
   * @return the implementation
   */
  <T> T create(Class<T> api);
}
