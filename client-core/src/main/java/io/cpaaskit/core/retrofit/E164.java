package io.cpaaskit.core.retrofit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a path parameter that holds an E.164 number ({@code x-e164: true} in the spec).
 *
 * <p>The server matches such a segment only as {@code %2B…}; a literal {@code +} does not match. Retrofit alone
 * leaves {@code +} as it is and would turn a pre-encoded {@code %2B} into {@code %252B}, so the generated
 * parameter is declared encoded and {@link SpecRetrofit}'s converter encodes it exactly once, whether the caller
 * passes {@code +919876543210} or {@code %2B919876543210}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface E164 {}
