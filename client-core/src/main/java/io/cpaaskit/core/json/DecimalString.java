package io.cpaaskit.core.json;

import com.squareup.moshi.JsonQualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link java.math.BigDecimal} member that the vendor sends as a JSON string ({@code "23906.83000"}).
 *
 * <p>Reading accepts a string or a number either way; the qualifier only decides that writing produces a string
 * again, with the scale kept, so a round trip gives the vendor the form it sent. The model template adds it to
 * every member declared {@code type: string, format: number} in a spec.
 */
@Documented
@JsonQualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface DecimalString {}
