package io.cpaaskit.zipteams.internal;

import io.cpaaskit.core.retrofit.SpecOperation;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which host a generated Zipteams interface talks to. The spec serves one operation from a path-level server (the
 * Customer API's AWS ingestion handler); the generator does not carry path-level servers into the interfaces, so this
 * table does, keyed on the {@link SpecOperation} id. A test checks it against {@code specs/zipteams.yaml}.
 */
public final class ApiHosts {
  /** The operations the spec serves from the customer ingestion host rather than the main host. */
  public static final Set<String> CUSTOMER_INGESTION_OPERATIONS = Set.of("ingestCustomerCalls");

  /** The host an interface is bound to. */
  public enum Host {
    /** {@code https://api.zipteams.com}: the Partner API and the Customer API's customer-sync. */
    MAIN,
    /** The AWS API Gateway host of the Customer API's call and disposition sync. */
    CUSTOMER_INGESTION
  }

  private ApiHosts() {}

  /**
   * Returns the host every operation of {@code api} is served from.
   *
   * @param api a generated interface
   * @return its host
   * @throws IllegalArgumentException if the interface mixes operations of both hosts (one Retrofit cannot serve it)
   */
  public static Host of(Class<?> api) {
    Set<String> ingestion = new TreeSet<>();
    Set<String> main = new TreeSet<>();
    for (Method method : api.getMethods()) {
      SpecOperation operation = method.getAnnotation(SpecOperation.class);
      if (operation != null) {
        (CUSTOMER_INGESTION_OPERATIONS.contains(operation.id()) ? ingestion : main).add(operation.id());
      }
    }
    if (!ingestion.isEmpty() && !main.isEmpty()) {
      throw new IllegalArgumentException(
          api.getName() + " mixes operations of the customer ingestion host " + ingestion + " and of the main host "
              + main + "; the generated interfaces are expected to keep them apart");
    }
    return ingestion.isEmpty() ? Host.MAIN : Host.CUSTOMER_INGESTION;
  }
}
