/**
 * The REST API under {@code /api/v1} (customers and the 360 view, value runs and results,
 * segments and campaign lists, imports, quarantine, audit, privacy) and its OpenAPI document at
 * {@code /api/openapi.json}. {@link io.clientela.app.rest.RestApi#install} registers it. Handlers do
 * HTTP only: every list is paginated, filtered, sorted and exportable as CSV through {@link
 * io.clientela.app.rest.ListQuery}; every error is {@code {"title", "status", "detail"}}.
 */
package io.clientela.app.rest;
