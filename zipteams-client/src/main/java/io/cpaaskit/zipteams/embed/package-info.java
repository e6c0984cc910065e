/**
 * Zipteams' embeddable pages: {@link io.cpaaskit.zipteams.embed.DashboardTokens} caches and renews one dashboard
 * token per tenant pair within Zipteams' rate limit, and {@link io.cpaaskit.zipteams.embed.EmbedUrls} builds the
 * iframe URLs that carry it.
 */
package io.cpaaskit.zipteams.embed;
