package dk.fritvalg.security;

import dk.fritvalg.shared.EmailAddress;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and looks up logins. Used by the demo data, by staff registering people, and by MitID login. */
@Service
public class UserAccountService {

    /** A provider organisation's login as its administrator sees it. */
    public record OrganisationUser(long id, String username, String displayName, Role role, String email) {
    }

    /** What a new login belongs to. */
    public record NewUser(String username, String password, String displayName, Role role, String email,
                          Long municipalityId, Long providerId, Long citizenId, Long relativeId, String cprHash) {
    }

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final ProviderRelations providers;

    UserAccountService(UserAccountRepository repository, PasswordEncoder passwordEncoder, @Lazy ProviderRelations providers) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.providers = providers;
    }

    /**
     * Creates the login, or updates the existing one with that username (idempotent). A provider's user works for
     * the provider's organisation.
     */
    @Transactional
    public long createOrUpdate(NewUser user) {
        EmailAddress.require(user.email());
        UserAccount account = repository.findByUsername(user.username())
                .orElseGet(() -> new UserAccount(user.username(), null, user.displayName(), user.role()));
        if (user.password() != null) {
            account.setPasswordHash(passwordEncoder.encode(user.password()));
        }
        account.setTenant(user.municipalityId(), user.providerId(), user.citizenId(), user.relativeId());
        account.setOrganisation(user.providerId() == null ? null : providers.organisationOf(user.providerId()).orElse(null));
        account.setEmail(user.email());
        account.setCprHash(user.cprHash());
        return repository.save(account).getId();
    }

    /**
     * Creates or updates the login of a provider organisation's administrator who works for the organisation as a
     * whole: she can apply for approval before the organisation works in any municipality.
     */
    @Transactional
    public long createOrUpdateOrganisationUser(String username, String password, String displayName, String email, long organisationId) {
        EmailAddress.require(email);
        UserAccount account = repository.findByUsername(username)
                .orElseGet(() -> new UserAccount(username, null, displayName, Role.PROVIDER_ADMIN));
        if (password != null) {
            account.setPasswordHash(passwordEncoder.encode(password));
        }
        account.setTenant(null, null, null, null);
        account.setOrganisation(organisationId);
        account.setEmail(email);
        return repository.save(account).getId();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return repository.findByUsername(username).isPresent();
    }

    /** The mail address of a login, for receipts to whoever placed an order. */
    @Transactional(readOnly = true)
    public Optional<String> email(long userId) {
        return repository.findById(userId).map(UserAccount::getEmail).filter(e -> !e.isBlank());
    }

    /** The mail addresses of a municipality's staff in these roles, for alerts the portal sends them. */
    @Transactional(readOnly = true)
    public List<String> staffEmails(long municipalityId, Role... roles) {
        return repository.findByMunicipalityIdAndRoleInAndEnabledTrue(municipalityId, List.of(roles)).stream()
                .map(UserAccount::getEmail).filter(e -> e != null && !e.isBlank()).distinct().toList();
    }

    /**
     * The relative record of the relative's own login with this CPR hash (the keyed hash MitID logins are matched by),
     * or empty when the person has no relative login of her own.
     */
    @Transactional(readOnly = true)
    public Optional<Long> relativeLogin(String cprHash) {
        return repository.findByCprHash(cprHash).filter(a -> a.getRole() == Role.RELATIVE).map(a -> a.toPortalUser(java.time.Instant.EPOCH))
                .map(PortalUser::relativeId);
    }

    @Transactional(readOnly = true)
    Optional<PortalUser> findByCprHash(String cprHash, java.time.Instant now) {
        return repository.findByCprHash(cprHash).map(a -> a.toPortalUser(now));
    }

    /**
     * The login of someone the portal knows but who has never signed in: a citizen a care system or staff created,
     * or a relative staff registered with a power of attorney. Made at her first MitID login, without a password
     * (she can only sign in with MitID). Two first logins at once make one login: the CPR hash is unique.
     */
    @Transactional
    PortalUser firstMitIdLogin(PersonDirectory.KnownPerson person, String cprHash, java.time.Instant now) {
        Optional<UserAccount> existing = repository.findByCprHash(cprHash);
        if (existing.isPresent()) {
            return existing.get().toPortalUser(now);
        }
        String username = "mitid-" + person.role().name().toLowerCase(java.util.Locale.ROOT) + "-" + person.id();
        UserAccount account = new UserAccount(username, null, person.displayName(), person.role());
        boolean citizen = person.role() == Role.CITIZEN;
        account.setTenant(citizen ? person.municipalityId() : null, null, citizen ? person.id() : null, citizen ? null : person.id());
        account.setEmail(person.email() != null && EmailAddress.isValid(person.email()) ? person.email() : null);
        account.setCprHash(cprHash);
        return repository.saveAndFlush(account).toPortalUser(now);
    }

    /** The enabled logins of a provider organisation's staff (administrators and order handlers). */
    @Transactional(readOnly = true)
    public List<OrganisationUser> organisationUsers(long organisationId) {
        return repository.findByOrganisationIdAndRoleInAndEnabledTrueOrderByDisplayName(organisationId,
                        List.of(Role.PROVIDER_ADMIN, Role.PROVIDER_ORDER_HANDLER)).stream()
                .map(a -> new OrganisationUser(a.getId(), a.getUsername(), a.toPortalUser(java.time.Instant.now()).displayName(), a.getRole(),
                        a.getEmail()))
                .toList();
    }

    /** Ends a login: it can no longer log in (the account stays, so the audit trail keeps its name). */
    @Transactional
    public void disable(long userId) {
        repository.findById(userId).ifPresent(UserAccount::disable);
    }
}
