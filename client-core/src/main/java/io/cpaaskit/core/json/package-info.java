/** JSON handling shared by the generated vendor models: {@link io.cpaaskit.core.json.LenientJson}. */
package io.cpaaskit.core.json;
