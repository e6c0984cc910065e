/**
 * Vendor-neutral authentication for the cpaaskit clients: typed credentials and the token lifecycle that the
 * vendor modules wire into OkHttp. The token lifecycle arrives with the auth issue; until then this module only
 * fixes the package and the module name.
 */
package io.cpaaskit.auth;
