package dk.fritvalg.workspace;

import dk.fritvalg.notification.Notifications;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.EmailAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of a provider organisation's workspace: its administrator invites colleagues by e-mail (a link that
 * expires, sent through the outbox), gives each the role of administrator or order handler, and removes them. The
 * invited person opens the link, chooses a user name and password, and gets a login for the provider.
 */
@Service
public class ProviderUsers {

    /** The roles a provider's administrator can give. */
    public static final Set<Role> ROLES = Set.of(Role.PROVIDER_ADMIN, Role.PROVIDER_ORDER_HANDLER);

    /** An open invitation as the administrator sees it. */
    public record OpenInvitation(long id, String email, Role role, Instant expiresAt) {
    }

    /** What the invitation page shows before the person accepts. */
    public record InvitationDetails(String providerName, String email, Role role) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ProviderInvitationRepository invitations;
    private final UserAccountService accounts;
    private final ProviderService providers;
    private final Notifications notifications;
    private final AccessGuard accessGuard;
    private final Clock clock;
    private final Duration validFor;
    private final String publicUrl;

    ProviderUsers(ProviderInvitationRepository invitations, UserAccountService accounts, ProviderService providers,
                  Notifications notifications, AccessGuard accessGuard, Clock clock,
                  @Value("${fritvalg.workspace.invitation-valid-for:P7D}") Duration validFor,
                  @Value("${fritvalg.public-url:http://localhost:8080}") String publicUrl) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.providers = providers;
        this.notifications = notifications;
        this.accessGuard = accessGuard;
        this.clock = clock;
        this.validFor = validFor;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** The organisation's users. */
    @Transactional(readOnly = true)
    public List<UserAccountService.OrganisationUser> users(long organisationId) {
        accessGuard.require(Permission.MANAGE_PROVIDER_USERS, Target.organisation(organisationId));
        return accounts.organisationUsers(organisationId);
    }

    /** The organisation's invitations not yet accepted, withdrawn or expired. */
    @Transactional(readOnly = true)
    public List<OpenInvitation> openInvitations(long organisationId) {
        accessGuard.require(Permission.MANAGE_PROVIDER_USERS, Target.organisation(organisationId));
        return invitations.findOpen(organisationId, clock.instant()).stream()
                .map(i -> new OpenInvitation(i.getId(), i.getEmail(), i.getRole(), i.getExpiresAt())).toList();
    }

    /** Invites a colleague to work for the provider with a role; the mail goes through the outbox with this transaction. */
    @Transactional
    public void invite(long organisationId, long providerId, String email, Role role) {
        Access access = accessGuard.require(Permission.MANAGE_PROVIDER_USERS, Target.organisation(organisationId));
        accessGuard.require(Permission.VIEW_PROVIDER_WORKSPACE, Target.provider(providerId));
        if (email == null || email.isBlank() || !EmailAddress.isValid(email.strip())) {
            throw new BusinessException("email.error.invalid", EmailAddress.MAX_LENGTH);
        }
        if (role == null || !ROLES.contains(role)) {
            throw new BusinessException("users.error.role");
        }
        Provider provider = providers.byId(providerId).orElseThrow();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ProviderInvitation invitation = invitations.save(new ProviderInvitation(organisationId, providerId, email.strip(), role, hash(token),
                access.user().id(), now, now.plus(validFor)));
        notifications.send(email.strip(), "provider-invitation", "invitation-" + invitation.getId(), provider.getName(),
                access.user().displayName(), roleName(role), publicUrl + "invitation/" + token, validFor.toDays());
        access.record(AuditEvent.USER_INVITED, email.strip(), role.name());
    }

    /** Withdraws an open invitation of the organisation. */
    @Transactional
    public void withdraw(long organisationId, long invitationId) {
        Access access = accessGuard.require(Permission.MANAGE_PROVIDER_USERS, Target.organisation(organisationId));
        ProviderInvitation invitation = invitations.findById(invitationId).filter(i -> i.getOrganisationId() == organisationId)
                .orElseThrow(() -> accessGuard.deny(Permission.MANAGE_PROVIDER_USERS, "invitation " + invitationId));
        invitation.revoke(clock.instant());
        access.record(AuditEvent.USER_INVITATION_WITHDRAWN, invitation.getEmail());
    }

    /** Removes a colleague: her login ends at once. An administrator cannot remove herself (someone must stay). */
    @Transactional
    public void remove(long organisationId, long userId) {
        Access access = accessGuard.require(Permission.MANAGE_PROVIDER_USERS, Target.organisation(organisationId));
        UserAccountService.OrganisationUser user = accounts.organisationUsers(organisationId).stream().filter(u -> u.id() == userId)
                .findFirst().orElseThrow(() -> accessGuard.deny(Permission.MANAGE_PROVIDER_USERS, "user " + userId));
        if (userId == access.user().id()) {
            throw new BusinessException("users.error.self");
        }
        accounts.disable(userId);
        access.record(AuditEvent.USER_REMOVED, user.displayName(), user.role().name());
    }

    /** What an invitation link is for, while it is open; empty for a link that is unknown, used, withdrawn or expired. */
    @Transactional(readOnly = true)
    public java.util.Optional<InvitationDetails> invitation(String token) {
        return open(token).map(i -> new InvitationDetails(providers.byId(i.getProviderId()).map(Provider::getName).orElse(""), i.getEmail(),
                i.getRole()));
    }

    /** The invited person accepts: a login for the provider with the role she was given. Works once. */
    @Transactional
    public long accept(String token, String username, String displayName, String password) {
        ProviderInvitation invitation = open(token).orElseThrow(() -> new BusinessException("invitation.error.expired"));
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!name.matches("[a-z0-9._-]{3,60}")) {
            throw new BusinessException("invitation.error.username");
        }
        if (accounts.exists(name)) {
            throw new BusinessException("invitation.error.username-taken");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new BusinessException("invitation.error.name");
        }
        if (password == null || password.length() < 12 || password.length() > 100) {
            throw new BusinessException("invitation.error.password");
        }
        Provider provider = providers.byId(invitation.getProviderId()).orElseThrow();
        long userId = accounts.createOrUpdate(new UserAccountService.NewUser(name, password, displayName.strip(), invitation.getRole(),
                invitation.getEmail(), provider.getMunicipalityId(), provider.getId(), null, null, null));
        invitation.accept(userId, clock.instant());
        return userId;
    }

    private java.util.Optional<ProviderInvitation> open(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return java.util.Optional.empty();
        }
        return invitations.findByTokenHash(hash(token)).filter(i -> i.isOpen(clock.instant()));
    }

    private static String roleName(Role role) {
        return role == Role.PROVIDER_ADMIN ? "administrator" : "ordremodtager";
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
