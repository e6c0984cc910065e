/**
 * Retrofit wiring for the generated vendor interfaces: {@link io.cpaaskit.core.retrofit.SpecRetrofit}, and the
 * annotations the generator writes onto every operation.
 */
package io.cpaaskit.core.retrofit;
