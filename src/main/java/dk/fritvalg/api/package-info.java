/**
 * The open API for municipal care systems and providers' own systems: REST under {@code /api/v1}, documented with
 * OpenAPI ({@code /api/v1/openapi.json}, browsable at {@code /api/v1/docs}). Machines authenticate with API keys
 * (security.ApiClients) and every call goes through the same permission table and tenant checks as a person's, in the
 * services that own the data. Cursor paging, ETag/If-Match on updates, Idempotency-Key on creates, problem+json errors.
 */
package dk.fritvalg.api;
