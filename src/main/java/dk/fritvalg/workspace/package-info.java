/**
 * The provider workspace: a provider organisation's administrator and order handlers keep offers, users and profile,
 * and handle orders and customers. Builds on provider (organisations, providers per municipality), catalogue (add-ons)
 * and security (accounts, the permission table).
 */
package dk.fritvalg.workspace;
