/**
 * Support classes of the Vobiz client (the partner console login and the customer auth_id guard). Not a public API:
 * anything here may change without notice.
 */
package io.cpaaskit.vobiz.internal;
