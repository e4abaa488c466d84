package dk.fritvalg.security;

import java.util.Optional;

/**
 * What the guard needs to know about a provider: the organisation it belongs to. The provider module implements
 * this; an organisation's staff stand as the provider's own staff in every municipality the organisation works in.
 */
public interface ProviderRelations {

    /** The provider's organisation; empty when there is no such provider. */
    Optional<Long> organisationOf(long providerId);
}
