package dk.fritvalg.security;

import java.util.Collection;

/**
 * A granted use of a permission: who, how they stand to the target, and the target. The service that
 * then carries out the action records it with {@link #record}, in its own transaction, so a failed action
 * leaves no trace and a done one always does.
 */
public final class Access {

    private final PortalUser user;
    private final Permission permission;
    private final Target target;
    private final Relation relation;
    private final Long municipalityId;
    private final AuditTrail auditTrail;

    Access(PortalUser user, Permission permission, Target target, Relation relation, Long municipalityId, AuditTrail auditTrail) {
        this.user = user;
        this.permission = permission;
        this.target = target;
        this.relation = relation;
        this.municipalityId = municipalityId;
        this.auditTrail = auditTrail;
    }

    public PortalUser user() {
        return user;
    }

    public Permission permission() {
        return permission;
    }

    public Target target() {
        return target;
    }

    public Relation relation() {
        return relation;
    }

    /** Whether the user acts for someone else: a relative, or staff on a citizen's case. */
    public boolean onBehalf() {
        return relation != Relation.SELF && relation != Relation.OWN_ACCOUNT;
    }

    /**
     * Records the action in the audit trail: an event (an {@code audit.event.*} text) with the values that
     * text shows. For an action on a citizen, the citizen is the target's.
     */
    public void record(AuditEvent event, Object... args) {
        Long citizenId = target instanceof Target.Citizen c ? c.citizenId() : null;
        auditTrail.append(this, event, citizenId, args);
    }

    /** Records an action on a municipality's or provider's data that concerns one citizen. */
    public void recordFor(long citizenId, AuditEvent event, Object... args) {
        auditTrail.append(this, event, citizenId, args);
    }

    /** Records that the user looked at these citizens' data (a list shown to staff or a provider). */
    public void recordLooks(Collection<Long> citizenIds) {
        auditTrail.appendLooks(this, citizenIds);
    }

    Long municipalityId() {
        return municipalityId;
    }

    Long providerId() {
        if (relation == Relation.COURSE_PROVIDER_STAFF) {
            return user.providerId();
        }
        return target instanceof Target.Provider p ? p.providerId() : null;
    }
}
