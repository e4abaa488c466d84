/**
 * Ordering add-ons: the cart, the schedule (one date and time window, or a recurring series), checkout,
 * the order lifecycle with cancellations and refunds, the provider's order inbox, reminders and the
 * citizen's monthly statement of invoiced add-ons.
 */
package dk.fritvalg.ordering;
