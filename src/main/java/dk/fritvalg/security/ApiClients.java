package dk.fritvalg.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys for the open API, per municipality (its care system) and per provider (its own system). A key is shown
 * once, when it is issued; only its SHA-256 hash is kept. Each key acts as an account of its own with a machine role
 * and the tenant it was issued for, so the permission table, the tenant checks and the audit trail treat its calls
 * like a person's.
 */
@Service
public class ApiClients {

    /** A key just issued: the only time the key itself exists outside the caller. */
    public record IssuedKey(long clientId, String key) {
    }

    /** A key as its owner sees it later: never the key, only its first characters. */
    public record ClientSummary(long clientId, String name, String keyPrefix, Set<ApiScope> scopes, Instant createdAt, boolean revoked) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClientRepository clients;
    private final UserAccountRepository accounts;
    private final AccessGuard accessGuard;
    private final Clock clock;
    private final int defaultRequestsPerMinute;

    ApiClients(ApiClientRepository clients, UserAccountRepository accounts, AccessGuard accessGuard, Clock clock,
               @Value("${fritvalg.api.requests-per-minute:600}") int defaultRequestsPerMinute) {
        this.clients = clients;
        this.accounts = accounts;
        this.accessGuard = accessGuard;
        this.clock = clock;
        this.defaultRequestsPerMinute = defaultRequestsPerMinute;
    }

    /** The municipal administrator issues a key for the municipality's care system. */
    @Transactional
    public IssuedKey issueForMunicipality(long municipalityId, String name, Set<ApiScope> scopes) {
        Access access = accessGuard.require(Permission.MANAGE_MUNICIPAL_API_CLIENTS, Target.municipality(municipalityId));
        IssuedKey key = issue(name, Role.CARE_SYSTEM, municipalityId, null, scopes, defaultRequestsPerMinute);
        access.record(AuditEvent.API_CLIENT_ISSUED, name, scopeList(scopes));
        return key;
    }

    /** The provider's administrator issues a key for the provider's own system. */
    @Transactional
    public IssuedKey issueForProvider(long providerId, String name, Set<ApiScope> scopes) {
        Access access = accessGuard.require(Permission.MANAGE_PROVIDER_API_CLIENTS, Target.provider(providerId));
        IssuedKey key = issue(name, Role.PROVIDER_SYSTEM, null, providerId, scopes, defaultRequestsPerMinute);
        access.record(AuditEvent.API_CLIENT_ISSUED, name, scopeList(scopes));
        return key;
    }

    /**
     * System-side issuing (demo data, tests, an operator's set-up script): no user is logged in. Never called by a view.
     */
    @Transactional
    public IssuedKey issueAsSystem(String name, Role role, Long municipalityId, Long providerId, Set<ApiScope> scopes,
                                   int requestsPerMinute) {
        return issue(name, role, municipalityId, providerId, scopes, requestsPerMinute);
    }

    /**
     * A key chosen in advance (the demo profile's documented key), registered once: system-side like
     * {@link #issueAsSystem}; a key already registered is left as it is.
     */
    @Transactional
    public void registerKnownKeyAsSystem(String key, String name, Role role, Long municipalityId, Long providerId, Set<ApiScope> scopes) {
        if (key == null || !key.startsWith("fv_") || key.length() < 24) {
            throw new IllegalArgumentException("An API key starts with fv_ and has at least 24 characters");
        }
        if (clients.findByKeyHash(hash(key)).isPresent()) {
            return;
        }
        IssuedKey issued = issue(name, role, municipalityId, providerId, scopes, defaultRequestsPerMinute);
        clients.findById(issued.clientId()).orElseThrow().replaceKey(key.substring(0, 10), hash(key));
    }

    /** The municipality's keys, for its administrator. */
    @Transactional(readOnly = true)
    public List<ClientSummary> ofMunicipality(long municipalityId) {
        accessGuard.require(Permission.MANAGE_MUNICIPAL_API_CLIENTS, Target.municipality(municipalityId));
        List<Long> ids = accounts.findByMunicipalityIdAndRoleInAndEnabledTrue(municipalityId, List.of(Role.CARE_SYSTEM)).stream()
                .map(UserAccount::getId).toList();
        return clients.findByUserAccountIdIn(ids).stream()
                .map(c -> new ClientSummary(c.getId(), c.getName(), c.getKeyPrefix(), c.scopes(), c.getCreatedAt(), c.isRevoked()))
                .toList();
    }

    /** Revokes a key of the administrator's own municipality or provider; it stops working at once. */
    @Transactional
    public void revoke(long clientId) {
        ApiClient client = clients.findById(clientId).orElseThrow(() -> new AccessDeniedException("No such API client"));
        UserAccount account = accounts.findById(client.getUserAccountId()).orElseThrow();
        PortalUser owner = account.toPortalUser(clock.instant());
        Access access = owner.role() == Role.CARE_SYSTEM
                ? accessGuard.require(Permission.MANAGE_MUNICIPAL_API_CLIENTS, Target.municipality(owner.municipalityId()))
                : accessGuard.require(Permission.MANAGE_PROVIDER_API_CLIENTS, Target.provider(owner.providerId()));
        client.revoke(clock.instant());
        access.record(AuditEvent.API_CLIENT_REVOKED, client.getName());
    }

    /** The client a key belongs to, unless the key is unknown or revoked. */
    @Transactional(readOnly = true)
    public Optional<ApiPrincipal> authenticate(String key) {
        if (key == null || !key.startsWith("fv_") || key.length() > 100) {
            return Optional.empty();
        }
        return clients.findByKeyHash(hash(key))
                .filter(c -> !c.isRevoked())
                .flatMap(c -> accounts.findById(c.getUserAccountId())
                        .map(a -> a.toPortalUser(clock.instant()).withoutPassword())
                        .filter(user -> !user.locked() && user.role().isMachine())
                        .map(user -> new ApiPrincipal(user, c.getId(), c.getName(), c.scopes(), c.getRequestsPerMinute())));
    }

    private IssuedKey issue(String name, Role role, Long municipalityId, Long providerId, Set<ApiScope> scopes, int requestsPerMinute) {
        if (!role.isMachine()) {
            throw new IllegalArgumentException("An API key acts as a machine role, not " + role);
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("An API key has a name of 1 to 200 characters");
        }
        if (scopes.isEmpty() || scopes.stream().anyMatch(s -> !s.roles().contains(role))) {
            throw new IllegalArgumentException("Scopes " + scopeList(scopes) + " do not fit a key for " + role);
        }
        if ((role == Role.CARE_SYSTEM) != (municipalityId != null) || (role == Role.PROVIDER_SYSTEM) != (providerId != null)) {
            throw new IllegalArgumentException("A care system's key belongs to a municipality, a provider system's to a provider");
        }
        UserAccount account = new UserAccount("api-" + UUID.randomUUID(), null, name.strip(), role);
        account.setTenant(municipalityId, providerId, null, null);
        long accountId = accounts.save(account).getId();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "fv_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiClient client = clients.save(new ApiClient(name.strip(), accountId, key.substring(0, 10), hash(key), scopes,
                requestsPerMinute, clock.instant()));
        return new IssuedKey(client.getId(), key);
    }

    private static String scopeList(Set<ApiScope> scopes) {
        return String.join(" ", scopes.stream().map(ApiScope::value).sorted().toList());
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
