/** Implementation details of the Zipteams client; not API, may change without notice. */
package io.cpaaskit.zipteams.internal;
