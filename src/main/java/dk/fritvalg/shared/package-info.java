/**
 * Shared kernel: small value types, time and database plumbing that every module may use.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.fritvalg.shared;
