/**
 * Data for the load test of the real protocol (profile {@code load}, with {@code demo}): many citizens with logins, so
 * virtual users do not share one cart. Never active in production.
 */
package dk.fritvalg.loadtest;
