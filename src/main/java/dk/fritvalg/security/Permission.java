package dk.fritvalg.security;

import static dk.fritvalg.security.Relation.COURSE_PROVIDER_STAFF;
import static dk.fritvalg.security.Relation.MUNICIPALITY_STAFF;
import static dk.fritvalg.security.Relation.OWN_ACCOUNT;
import static dk.fritvalg.security.Relation.PROVIDER_STAFF;
import static dk.fritvalg.security.Relation.RELATIVE_WITH_ACT_POWER;
import static dk.fritvalg.security.Relation.RELATIVE_WITH_VIEW_POWER;
import static dk.fritvalg.security.Relation.SELF;
import static dk.fritvalg.security.Role.CARE_SYSTEM;
import static dk.fritvalg.security.Role.CITIZEN;
import static dk.fritvalg.security.Role.MUNICIPAL_ADMIN;
import static dk.fritvalg.security.Role.MUNICIPAL_FINANCE;
import static dk.fritvalg.security.Role.MUNICIPAL_NEEDS_ASSESSMENT;
import static dk.fritvalg.security.Role.MUNICIPAL_PROCUREMENT;
import static dk.fritvalg.security.Role.PROVIDER_ADMIN;
import static dk.fritvalg.security.Role.PROVIDER_ORDER_HANDLER;
import static dk.fritvalg.security.Role.PROVIDER_SYSTEM;
import static dk.fritvalg.security.Role.RELATIVE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one table of who may do what, for whom. Each permission names its target type and the relations
 * that grant it, each with the roles allowed to use that relation. Services call
 * {@code AccessGuard.require(permission, target)}, views name their permission with {@link ViewPermission},
 * and {@code AccessMatrixTest} checks every permission × role × relation × own or other tenant.
 * A read marked {@link Kind#LOOK} done by staff or a provider is recorded in the audit trail as a look at the
 * citizen's data; actions are recorded by the service that carries them out.
 */
public enum Permission {
    // --- a citizen's own data: the citizen, her relatives, her municipality's staff ---
    /** See a citizen's grants, providers, choices and switch requests. */
    VIEW_CITIZEN_HELP(Target.Type.CITIZEN, Kind.LOOK,
            self(), relativeWithView(), staff(MUNICIPAL_NEEDS_ASSESSMENT, MUNICIPAL_ADMIN)),
    /** Choose or switch provider, and cancel an open request. */
    SWITCH_PROVIDER(Target.Type.CITIZEN, Kind.ACTION, self(), relativeWithAct()),
    /** See a citizen's add-on catalogue, cart, orders and monthly add-on statement. */
    VIEW_ADD_ON_ORDERS(Target.Type.CITIZEN, Kind.LOOK,
            self(), relativeWithView(), staff(MUNICIPAL_NEEDS_ASSESSMENT, MUNICIPAL_ADMIN)),
    /** Fill the cart, order and pay add-ons, cancel a visit or an order. */
    ORDER_ADD_ONS(Target.Type.CITIZEN, Kind.ACTION, self(), relativeWithAct()),
    /** The actions taken for a citizen, as she (or her relative) sees them. */
    VIEW_CITIZEN_AUDIT_LOG(Target.Type.CITIZEN, Kind.LOOK, self(), relativeWithView()),
    /** See, register and revoke the powers of attorney a citizen has given. */
    MANAGE_POWERS_OF_ATTORNEY(Target.Type.CITIZEN, Kind.ACTION, staff(MUNICIPAL_NEEDS_ASSESSMENT, MUNICIPAL_ADMIN)),

    // --- the user's own account ---
    /** A relative's list of the citizens she holds a power of attorney for, and her own contact details. */
    VIEW_OWN_POWERS_OF_ATTORNEY(Target.Type.OWN_ACCOUNT, Kind.LOOK, ownAccount(RELATIVE)),
    /** A relative changes her own e-mail and phone. */
    CHANGE_OWN_CONTACT_DETAILS(Target.Type.OWN_ACCOUNT, Kind.ACTION, ownAccount(RELATIVE)),
    /** Staff of the municipality that owns a relative's record change her e-mail and phone. */
    CHANGE_RELATIVE_CONTACT_DETAILS(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_NEEDS_ASSESSMENT, MUNICIPAL_ADMIN)),

    // --- a municipality's own workspace ---
    /** The municipal start page: the municipality's providers and service areas. */
    VIEW_MUNICIPALITY_WORKSPACE(Target.Type.MUNICIPALITY, Kind.LOOK,
            staff(MUNICIPAL_NEEDS_ASSESSMENT, MUNICIPAL_PROCUREMENT, MUNICIPAL_FINANCE, MUNICIPAL_ADMIN)),
    /** Find a citizen of the municipality by CPR number. */
    FIND_CITIZENS(Target.Type.MUNICIPALITY, Kind.LOOK, staff(MUNICIPAL_NEEDS_ASSESSMENT, MUNICIPAL_ADMIN)),
    /** Approve or reject citizens' requests to switch provider, where the municipality decides. */
    DECIDE_SWITCH_REQUESTS(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_NEEDS_ASSESSMENT, MUNICIPAL_ADMIN)),
    /** See the municipality's settings for free choice. */
    MANAGE_MUNICIPALITY_SETTINGS(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_ADMIN)),
    /** Search the municipality's audit trail. */
    SEARCH_AUDIT_LOG(Target.Type.MUNICIPALITY, Kind.LOOK, staff(MUNICIPAL_ADMIN)),

    // --- a provider's own workspace ---
    /** The provider's start page: its profile as the municipality has it. */
    VIEW_PROVIDER_WORKSPACE(Target.Type.PROVIDER, Kind.LOOK, providerStaff(PROVIDER_ADMIN, PROVIDER_ORDER_HANDLER)),
    /** The provider's add-on orders: accept, decline, set the time, mark as delivered. */
    HANDLE_PROVIDER_ORDERS(Target.Type.PROVIDER, Kind.ACTION, providerStaff(PROVIDER_ADMIN, PROVIDER_ORDER_HANDLER)),

    // --- rehabilitation courses (SEL § 83 a) and their outcome measures ---
    /** Needs assessment starts a course for a citizen: provider, goals in her words, the follow-up dates. */
    START_REHABILITATION_COURSE(Target.Type.CITIZEN, Kind.ACTION, staff(MUNICIPAL_NEEDS_ASSESSMENT)),
    /** A citizen's courses: goals, dates and the status at each point (not the outcome scores). */
    VIEW_REHABILITATION_COURSE(Target.Type.CITIZEN, Kind.LOOK,
            self(), relativeWithView(), staff(MUNICIPAL_NEEDS_ASSESSMENT), courseProviderStaff(PROVIDER_ADMIN)),
    /** Record the status at a follow-up point and send the final status; who does which point follows the model. */
    RECORD_COURSE_STATUS(Target.Type.CITIZEN, Kind.ACTION, staff(MUNICIPAL_NEEDS_ASSESSMENT), courseProviderStaff(PROVIDER_ADMIN)),
    /** Needs assessment confirms it received a course's final status. */
    RECEIVE_FINAL_STATUS(Target.Type.CITIZEN, Kind.ACTION, staff(MUNICIPAL_NEEDS_ASSESSMENT)),
    /** The courses of the municipality: the list, documentation gaps and aggregated outcomes. */
    VIEW_REHABILITATION_OVERVIEW(Target.Type.MUNICIPALITY, Kind.LOOK, staff(MUNICIPAL_NEEDS_ASSESSMENT, MUNICIPAL_ADMIN)),
    /** Courses and their results by month, for settling with providers. */
    VIEW_REHABILITATION_OUTCOMES(Target.Type.MUNICIPALITY, Kind.LOOK,
            staff(MUNICIPAL_NEEDS_ASSESSMENT, MUNICIPAL_FINANCE, MUNICIPAL_ADMIN)),
    /** A provider's own courses, their results and its aggregated outcomes. */
    VIEW_PROVIDER_REHABILITATION(Target.Type.PROVIDER, Kind.LOOK, providerStaff(PROVIDER_ADMIN)),

    // --- the provider market: prices, approvals, tenders, suspensions, failures (procurement); a provider organisation's side ---
    /** Set the municipality's settlement prices per service area and unit (reading them is public). */
    MANAGE_SETTLEMENT_PRICES(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_PROCUREMENT)),

    // --- notices by channel ("Mine beskeder", letters) and powers of attorney the citizen gives herself ---
    /** Read every notice a citizen has received, by any channel: she herself and a relative with a power of attorney. */
    VIEW_NOTICES(Target.Type.CITIZEN, Kind.LOOK, self(), relativeWithView()),
    /** The citizen chooses how she gets notices (e-mail, Digital Post, letter). */
    CHOOSE_NOTICE_CHANNEL(Target.Type.CITIZEN, Kind.ACTION, self()),
    /** A relative reads the notices sent to herself. */
    VIEW_OWN_NOTICES(Target.Type.OWN_ACCOUNT, Kind.LOOK, ownAccount(RELATIVE)),
    /** A relative chooses how she gets notices. */
    CHOOSE_OWN_NOTICE_CHANNEL(Target.Type.OWN_ACCOUNT, Kind.ACTION, ownAccount(RELATIVE)),
    /** Staff print the municipality's letters (the daily batch) and confirm them as printed. */
    PRINT_LETTERS(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_NEEDS_ASSESSMENT, MUNICIPAL_ADMIN)),
    /** A citizen gives a relative a power of attorney herself, sees those she gave and revokes them. */
    GIVE_POWER_OF_ATTORNEY(Target.Type.CITIZEN, Kind.ACTION, self()),
    /** A relative accepts or declines a power of attorney given to her, on her own login. */
    ANSWER_POWER_OF_ATTORNEY(Target.Type.OWN_ACCOUNT, Kind.ACTION, ownAccount(RELATIVE)),

    // --- the provider market: approvals and suspensions ---
    /** The market pages of the municipality: providers and their status, applications, requirements. */
    VIEW_MARKET(Target.Type.MUNICIPALITY, Kind.LOOK, staff(MUNICIPAL_PROCUREMENT, MUNICIPAL_ADMIN)),
    /** Keep the requirement list for approval per service area and the decision time the municipality promises. */
    MANAGE_APPROVAL_REQUIREMENTS(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_PROCUREMENT)),
    /** Review applications for approval: assess each requirement, ask for more information, approve or reject. */
    DECIDE_APPLICATIONS(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_PROCUREMENT)),
    /** Suspend a provider of the municipality, and reinstate it. */
    SUSPEND_PROVIDERS(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_PROCUREMENT)),
    /** A provider organisation applies for approval, answers the municipality's questions and attaches evidence. */
    APPLY_FOR_APPROVAL(Target.Type.ORGANISATION, Kind.ACTION, providerStaff(PROVIDER_ADMIN)),
    /** A provider organisation's own applications, with their status, deadline and the municipality's questions. */
    VIEW_OWN_APPLICATIONS(Target.Type.ORGANISATION, Kind.LOOK, providerStaff(PROVIDER_ADMIN)),

    // --- the provider workspace and the open API for care systems (issue 13) ---
    /** A care system reads its municipality's citizens and their grants (open API). */
    CARE_SYSTEM_READ_CITIZENS(Target.Type.MUNICIPALITY, Kind.LOOK, staff(CARE_SYSTEM)),
    /** A care system creates and updates its municipality's citizens and their grants, by CPR number (open API). */
    CARE_SYSTEM_WRITE_CITIZENS(Target.Type.MUNICIPALITY, Kind.ACTION, staff(CARE_SYSTEM)),
    /** Who is whose provider from which date, and the changes since a time: the care system polls, staff export CSV. */
    READ_PROVIDER_CHOICES(Target.Type.MUNICIPALITY, Kind.LOOK, staff(CARE_SYSTEM, MUNICIPAL_NEEDS_ASSESSMENT, MUNICIPAL_ADMIN)),
    /** A provider's add-on orders and their visits, read by its own system (open API) or its staff. */
    READ_PROVIDER_ORDERS(Target.Type.PROVIDER, Kind.LOOK, providerStaff(PROVIDER_ADMIN, PROVIDER_ORDER_HANDLER, PROVIDER_SYSTEM)),
    /** Issue and revoke the municipality's API keys for its care system. */
    MANAGE_MUNICIPAL_API_CLIENTS(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_ADMIN)),
    /** Issue and revoke a provider's API keys for its own system. */
    MANAGE_PROVIDER_API_CLIENTS(Target.Type.PROVIDER, Kind.ACTION, providerStaff(PROVIDER_ADMIN)),
    /** The provider's administrator creates, edits, pauses and retires its add-ons and packages. */
    MANAGE_PROVIDER_OFFERS(Target.Type.PROVIDER, Kind.ACTION, providerStaff(PROVIDER_ADMIN)),
    /** The provider organisation's administrator invites colleagues, sets their role and removes them. */
    MANAGE_PROVIDER_USERS(Target.Type.ORGANISATION, Kind.ACTION, providerStaff(PROVIDER_ADMIN)),
    // --- the provider market: tenders (udbudsmodel), bids, awards and tender agreements ---
    /** Choose approval or tender per service area from a date, and make tender rounds. */
    MANAGE_TENDERS(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_PROCUREMENT)),
    /** Score the bids of a tender round after its deadline. */
    SCORE_BIDS(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_PROCUREMENT)),
    /** Award a tender round (the awarded bids become agreements) and end an agreement early. */
    AWARD_TENDERS(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_PROCUREMENT)),
    /** A provider organisation reads the open tender rounds and gives or changes its own bid before the deadline. */
    BID_IN_TENDERS(Target.Type.ORGANISATION, Kind.ACTION, providerStaff(PROVIDER_ADMIN)),
    /** A provider organisation's own bids, their outcome and its agreements in every municipality. */
    VIEW_OWN_BIDS(Target.Type.ORGANISATION, Kind.LOOK, providerStaff(PROVIDER_ADMIN)),
    // --- settlement and economy: visits, payment models, monthly settlement, budget follow-up ---
    /** Import the care systems' visits (a file uploaded by staff). */
    IMPORT_VISITS(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_FINANCE, MUNICIPAL_ADMIN)),
    /** The municipality's settlements, payment models, the model simulator and the market overview. */
    VIEW_SETTLEMENT(Target.Type.MUNICIPALITY, Kind.LOOK, staff(MUNICIPAL_FINANCE, MUNICIPAL_ADMIN)),
    /** Settle a month with the providers, lock it, and set the payment model of a service area. */
    SETTLE_PROVIDERS(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_FINANCE)),
    /** The budget follow-up dashboard. */
    VIEW_BUDGET(Target.Type.MUNICIPALITY, Kind.LOOK, staff(MUNICIPAL_FINANCE, MUNICIPAL_ADMIN)),
    /** Enter the year's budget per service area. */
    MANAGE_BUDGET(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_FINANCE)),
    /** A provider's own monthly settlement statements from the municipality. */
    VIEW_PROVIDER_STATEMENT(Target.Type.PROVIDER, Kind.LOOK, providerStaff(PROVIDER_ADMIN)),
    // --- the provider market: provider failure (konkurs, sudden stop) and the contingency checklist ---
    /** Register a provider's failure (its citizens move to a fallback), tick the contingency checklist off, keep the checklist. */
    HANDLE_PROVIDER_FAILURE(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_PROCUREMENT)),
    // --- satisfaction surveys and outcome measures (issue 12) ---
    /** Run the municipality's survey campaigns: create, invite, remind, see every answer (free text masked), publish, export. */
    MANAGE_SURVEYS(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_PROCUREMENT, MUNICIPAL_ADMIN)),
    /** A provider's own survey results next to the municipality's average; never another provider's. */
    VIEW_PROVIDER_SURVEY_RESULTS(Target.Type.PROVIDER, Kind.LOOK, providerStaff(PROVIDER_ADMIN)),
    /** Enter a WHO-5 or WHODAS-12 measurement on a course: the citizen, her caseworker, the course's provider. */
    RECORD_OUTCOME_MEASURE(Target.Type.CITIZEN, Kind.ACTION, self(), staff(MUNICIPAL_NEEDS_ASSESSMENT),
            courseProviderStaff(PROVIDER_ADMIN)),
    /** A citizen's own WHO-5 and WHODAS-12 scores over time: she, a relative with a power of attorney, her caseworker. */
    VIEW_OUTCOME_TREND(Target.Type.CITIZEN, Kind.LOOK, self(), relativeWithView(), staff(MUNICIPAL_NEEDS_ASSESSMENT)),
    /** Rate a delivered add-on order (1–5 and a comment). */
    RATE_ADD_ON(Target.Type.CITIZEN, Kind.ACTION, self(), relativeWithAct()),

    // --- the provider market: the municipal provider's add-on prices from their cost calculation ---
    /** See the municipal provider's add-ons with their cost calculations and the rule on add-ons next to granted help. */
    VIEW_ADD_ON_COSTS(Target.Type.MUNICIPALITY, Kind.LOOK, staff(MUNICIPAL_PROCUREMENT, MUNICIPAL_FINANCE, MUNICIPAL_NEEDS_ASSESSMENT, MUNICIPAL_ADMIN)),
    /** Calculate a municipal add-on's unit cost and publish it as its price. */
    SET_ADD_ON_COST_PRICES(Target.Type.MUNICIPALITY, Kind.ACTION, staff(MUNICIPAL_PROCUREMENT, MUNICIPAL_FINANCE)),

    // --- operations: mail the portal could not deliver ---
    /** The municipality's mails that could not be delivered (to whom, what, why; never the text). */
    VIEW_UNDELIVERED_MAIL(Target.Type.MUNICIPALITY, Kind.LOOK, staff(MUNICIPAL_ADMIN));

    /** Whether using the permission reads data (a look) or changes something (an action). */
    public enum Kind { LOOK, ACTION }

    /** One way to hold a permission: a relation to the target, open to these roles. */
    public record Grant(Relation relation, Set<Role> roles) {
        public Grant {
            roles = Set.copyOf(roles);
        }
    }

    private final Target.Type targetType;
    private final Kind kind;
    private final List<Grant> grants;

    Permission(Target.Type targetType, Kind kind, Grant... grants) {
        this.targetType = targetType;
        this.kind = kind;
        this.grants = List.of(grants);
    }

    public Target.Type targetType() {
        return targetType;
    }

    public Kind kind() {
        return kind;
    }

    public List<Grant> grants() {
        return grants;
    }

    /** Whether a user with this role, standing in this relation to the target, holds the permission. */
    public boolean grants(Role role, Relation relation) {
        return grants.stream().anyMatch(g -> g.roles().contains(role) && relation.satisfies(g.relation()));
    }

    /** Every role that holds the permission through some relation: the role half, used on views. */
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        grants.forEach(g -> roles.addAll(g.roles()));
        return roles;
    }

    private static Grant self() {
        return new Grant(SELF, Set.of(CITIZEN));
    }

    private static Grant relativeWithView() {
        return new Grant(RELATIVE_WITH_VIEW_POWER, Set.of(RELATIVE));
    }

    private static Grant relativeWithAct() {
        return new Grant(RELATIVE_WITH_ACT_POWER, Set.of(RELATIVE));
    }

    private static Grant staff(Role first, Role... rest) {
        return new Grant(MUNICIPALITY_STAFF, EnumSet.of(first, rest));
    }

    private static Grant providerStaff(Role first, Role... rest) {
        return new Grant(PROVIDER_STAFF, EnumSet.of(first, rest));
    }

    private static Grant courseProviderStaff(Role first, Role... rest) {
        return new Grant(COURSE_PROVIDER_STAFF, EnumSet.of(first, rest));
    }

    private static Grant ownAccount(Role first, Role... rest) {
        return new Grant(OWN_ACCOUNT, EnumSet.of(first, rest));
    }
}
