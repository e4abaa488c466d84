package dk.fritvalg.security;

import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Enforces {@link Permission}: one call, {@link #require}, answers for both halves — the role, and the
 * relation of the user to the target (the citizen herself, a relative with a power of attorney, staff of
 * the target's municipality, the provider's own staff). Services call it before they read or change
 * anything, so a view that forgets a check still cannot reach another tenant's data. A look at a citizen's
 * data by staff or a provider is written to the audit trail here; actions are recorded through the
 * returned {@link Access} by the service that carries them out.
 */
@Component
public class AccessGuard {

    private static final Logger log = LoggerFactory.getLogger(AccessGuard.class);

    private final CitizenRelations citizens;
    private final CourseRelations courses;
    private final ProviderRelations providers;
    private final AuditTrail auditTrail;

    AccessGuard(@Lazy CitizenRelations citizens, @Lazy CourseRelations courses, @Lazy ProviderRelations providers,
                AuditTrail auditTrail) {
        this.citizens = citizens;
        this.courses = courses;
        this.providers = providers;
        this.auditTrail = auditTrail;
    }

    /** The current user may use the permission on the target, or {@link AccessDeniedException}. */
    public Access require(Permission permission, Target target) {
        PortalUser user = CurrentUser.require();
        Access access = check(user, permission, target)
                .filter(granted -> scopesOpen(permission))
                .orElseThrow(() -> deny(user, permission, String.valueOf(target)));
        if (permission.kind() == Permission.Kind.LOOK && target instanceof Target.Citizen citizen
                && (access.relation() == Relation.MUNICIPALITY_STAFF || access.relation() == Relation.PROVIDER_STAFF
                    || access.relation() == Relation.COURSE_PROVIDER_STAFF)) {
            access.recordLooks(java.util.List.of(citizen.citizenId()));
        }
        return access;
    }

    /**
     * The permission on the user's own tenant: her municipality, her provider, her own account, or (for a
     * citizen) herself.
     */
    public Access requireOwn(Permission permission) {
        PortalUser user = CurrentUser.require();
        Long id = switch (permission.targetType()) {
            case MUNICIPALITY -> user.municipalityId();
            case PROVIDER -> user.providerId();
            case ORGANISATION -> organisationOf(user);
            case CITIZEN -> user.citizenId();
            case OWN_ACCOUNT -> 0L;
        };
        if (id == null) {
            throw deny(user, permission, "no own " + permission.targetType());
        }
        return require(permission, switch (permission.targetType()) {
            case MUNICIPALITY -> Target.municipality(id);
            case PROVIDER -> Target.provider(id);
            case ORGANISATION -> Target.organisation(id);
            case CITIZEN -> Target.citizen(id);
            case OWN_ACCOUNT -> Target.ownAccount();
        });
    }

    /** Whether the current user may use the permission on the target; for showing or hiding what she may do. */
    public boolean allows(Permission permission, Target target) {
        return CurrentUser.get().flatMap(user -> check(user, permission, target)).isPresent() && scopesOpen(permission);
    }

    /** A machine (an API key) uses only the permissions its key's scopes open; a person is not limited by scopes. */
    private static boolean scopesOpen(Permission permission) {
        return ApiPrincipal.current().map(p -> p.opens(permission)).orElse(true);
    }

    /** The decision for any user, without side effects: the access it gives, or empty when refused. */
    public Optional<Access> check(PortalUser user, Permission permission, Target target) {
        if (permission.targetType() != target.type()) {
            throw new IllegalArgumentException(permission + " applies to a " + permission.targetType() + ", not to " + target);
        }
        if (!permission.roles().contains(user.role())) {
            return Optional.empty();
        }
        return relation(user, target)
                .filter(relation -> permission.grants(user.role(), relation))
                .map(relation -> new Access(user, permission, target, relation, municipalityOf(target), auditTrail));
    }

    /** How the user stands to the target, if at all. */
    Optional<Relation> relation(PortalUser user, Target target) {
        return switch (target) {
            case Target.Citizen c -> switch (user.role()) {
                case CITIZEN -> Objects.equals(user.citizenId(), c.citizenId()) ? Optional.of(Relation.SELF) : Optional.empty();
                case RELATIVE -> user.relativeId() == null ? Optional.empty() : citizens.powerOf(user.relativeId(), c.citizenId());
                default -> {
                    if (user.role().isMunicipal()) {
                        yield user.municipalityId() != null
                                && citizens.municipalityOf(c.citizenId()).filter(user.municipalityId()::equals).isPresent()
                                ? Optional.of(Relation.MUNICIPALITY_STAFF) : Optional.empty();
                    }
                    yield user.role().isProviderStaff() && user.providerId() != null && courses.hasCourse(user.providerId(), c.citizenId())
                            ? Optional.of(Relation.COURSE_PROVIDER_STAFF) : Optional.empty();
                }
            };
            case Target.Municipality m -> user.role().isMunicipal() && Objects.equals(user.municipalityId(), m.municipalityId())
                    ? Optional.of(Relation.MUNICIPALITY_STAFF) : Optional.empty();
            case Target.Provider p -> user.role().isProviderStaff() && (Objects.equals(user.providerId(), p.providerId())
                    || providers.organisationOf(p.providerId()).filter(o -> o.equals(organisationOf(user))).isPresent())
                    ? Optional.of(Relation.PROVIDER_STAFF) : Optional.empty();
            case Target.Organisation o -> user.role().isProviderStaff() && Objects.equals(organisationOf(user), o.organisationId())
                    ? Optional.of(Relation.PROVIDER_STAFF) : Optional.empty();
            case Target.OwnAccount ignored -> Optional.of(Relation.OWN_ACCOUNT);
        };
    }

    /** The organisation a provider's user works for: her own, or that of the provider she was created for. */
    private Long organisationOf(PortalUser user) {
        if (user.organisationId() != null) {
            return user.organisationId();
        }
        return user.providerId() == null ? null : providers.organisationOf(user.providerId()).orElse(null);
    }

    private Long municipalityOf(Target target) {
        return switch (target) {
            case Target.Citizen c -> citizens.municipalityOf(c.citizenId()).orElse(null);
            case Target.Municipality m -> m.municipalityId();
            default -> null;
        };
    }

    /** Logs a refusal and returns the exception to throw; for refusals a service decides itself (an id that is not hers). */
    public AccessDeniedException deny(PortalUser user, Permission permission, String what) {
        log.warn("Denied {} to user id {} ({}) on {}", permission, user.id(), user.role(), what);
        return new AccessDeniedException("Access denied: " + permission);
    }

    /** Refuses the current user; for a service that finds the target is not what the caller claimed. */
    public AccessDeniedException deny(Permission permission, String what) {
        return CurrentUser.get().map(user -> deny(user, permission, what))
                .orElseGet(() -> new AccessDeniedException("Not logged in"));
    }
}
