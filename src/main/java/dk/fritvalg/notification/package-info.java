/** Mail to citizens, relatives and providers, sent through Spring Modulith's persisted outbox. */
package dk.fritvalg.notification;
