package dk.fritvalg.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a view serves. Navigation to the view is open to the roles that hold the permission in the
 * table ({@link Permission#roles()}); which citizen, municipality or provider the page may show is then
 * decided by the services it calls, with the same permission. Every route carries this or {@code @AnonymousAllowed}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ViewPermission {
    Permission value();
}
