/**
 * The Zipteams client: {@link io.cpaaskit.zipteams.ZipteamsClient} and its
 * {@link io.cpaaskit.zipteams.ZipteamsCredentials}. The generated interfaces and models live in
 * {@code io.cpaaskit.zipteams.api} and {@code io.cpaaskit.zipteams.model}.
 */
package io.cpaaskit.zipteams;
