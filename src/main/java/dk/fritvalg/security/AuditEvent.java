package dk.fritvalg.security;

/**
 * What the audit trail records. Each event has a Danish and English text {@code audit.event.<NAME>} that
 * shows its values; new capabilities add their events here, next to their permissions.
 */
public enum AuditEvent {
    /** Staff or a provider looked at a citizen's data. */
    LOOKED,
    SWITCH_REQUESTED,
    SWITCH_CANCELLED,
    SWITCH_APPROVED,
    SWITCH_REJECTED,
    /** The switch job carried out a switch on its date. */
    SWITCH_CARRIED_OUT,
    /** The municipal provider was chosen for a citizen who did not choose in time. */
    DEFAULT_PROVIDER_ASSIGNED,
    ORDER_PLACED,
    ORDER_CANCELLED,
    /** A recurring arrangement ended from a chosen day. */
    ORDER_CANCELLED_FROM,
    VISIT_CANCELLED,
    ORDER_ACCEPTED,
    ORDER_DECLINED,
    VISIT_DELIVERED,
    POWER_OF_ATTORNEY_REGISTERED,
    POWER_OF_ATTORNEY_REVOKED,
    RELATIVE_CONTACT_CHANGED,
    SETTINGS_CHANGED,
    // rehabilitation courses and outcome measures
    REHABILITATION_COURSE_STARTED,
    COURSE_STATUS_RECORDED,
    COURSE_FINAL_STATUS_SENT,
    COURSE_FINAL_STATUS_RECEIVED,
    // --- the provider market ---
    /** A settlement price set or corrected: area, unit, old price, new price, from, reason. */
    SETTLEMENT_PRICE_SET,
    // --- notices by channel and powers of attorney the citizen gives ---
    /** The citizen chose how she gets notices: the channel. */
    NOTICE_CHANNEL_CHOSEN,
    /** Staff confirmed a print batch of letters as printed: the number of letters. */
    LETTERS_PRINTED,
    /** The citizen gave a relative a power of attorney, waiting for her to accept: name, scope, from, to. */
    POWER_OF_ATTORNEY_GIVEN,
    /** The relative accepted the power: name, scope. */
    POWER_OF_ATTORNEY_ACCEPTED,
    /** The relative declined the power: name, scope. */
    POWER_OF_ATTORNEY_DECLINED,
    /** The power ended on its end date: name, scope, end date. */
    POWER_OF_ATTORNEY_EXPIRED,
    // --- payments that need a person ---
    /** Stripe reported a payment that does not match the order: order, reported amount and currency, expected amount. */
    PAYMENT_HELD_FOR_REVIEW,
    /** A card order left unpaid past the checkout session's lifetime was released: order. */
    UNPAID_ORDER_RELEASED,
    /** A requirement for approval added to a service area's list: area, text. */
    APPROVAL_REQUIREMENT_ADDED,
    /** A requirement taken off a service area's list: area, text. */
    APPROVAL_REQUIREMENT_RETIRED,
    /** The decision time the municipality promises: old days, new days. */
    DECISION_DAYS_SET,
    /** A provider organisation applied for approval: organisation, areas. */
    APPLICATION_SUBMITTED,
    /** Staff assessed one requirement of an application: organisation, requirement, met or not, comment. */
    REQUIREMENT_ASSESSED,
    /** Staff asked an applicant for more information: organisation, question. */
    APPLICATION_INFORMATION_REQUESTED,
    /** The applicant answered a question: organisation. */
    APPLICATION_ANSWERED,
    /** An application approved: organisation, areas, start date. */
    APPLICATION_APPROVED,
    /** An application rejected: organisation, reason. */
    APPLICATION_REJECTED,
    /** A provider suspended: provider, from, expected until, reason, number of citizens told. */
    PROVIDER_SUSPENDED,
    /** A suspension lifted: provider, date, reason. */
    PROVIDER_REINSTATED,
    /** An action went ahead although it leaves an ÆL § 18 area with too few providers: provider, areas, reason. */
    AELS18_GUARD_OVERRIDDEN,
    // --- the provider market: tenders ---
    /** A service area's regime from a date: area, approval or tender, from, reason. */
    SERVICE_AREA_REGIME_SET,
    /** A tender round made: title, area, bid deadline. */
    TENDER_CREATED,
    /** A provider organisation gave or changed its bid: tender, organisation. */
    TENDER_BID_SUBMITTED,
    /** Staff scored a bid on a criterion: tender, organisation, criterion, score, comment. */
    TENDER_BID_SCORED,
    /** A tender round awarded: tender, awarded organisations, standstill until, reason. */
    TENDER_AWARDED,
    /** An agreement ended early: provider, area, last day, reason. */
    AGREEMENT_ENDED,
    /** A tender agreement extended by one of the tender's options: provider, area, new end, reason. */
    AGREEMENT_EXTENDED,
    // --- settlement and economy ---
    /** Visits imported: file, new, changed, unchanged. */
    VISITS_IMPORTED,
    /** A month settled (computed again while open): month, number of lines, total. */
    SETTLEMENT_COMPUTED,
    /** A month locked: month, total. */
    SETTLEMENT_LOCKED,
    /** A service area's payment model set from a month: area, model, from. */
    PAYMENT_MODEL_SET,
    /** A year's budget for a service area set: year, area, old amount, new amount. */
    BUDGET_SET,
    // --- provider failure ---
    /** A provider's failure registered and its citizens moved: provider, date, number of citizens, reason. */
    PROVIDER_FAILURE_REGISTERED,
    /** A line of a failure's contingency checklist ticked off: provider, line, note. */
    CONTINGENCY_TASK_DONE,
    /** A tick taken back: provider, line. */
    CONTINGENCY_TASK_REOPENED,
    /** The municipality's contingency checklist changed: + or −, line. */
    CONTINGENCY_CHECKLIST_CHANGED,
    // --- satisfaction surveys and outcome measures ---
    /** A survey campaign created: name, period. */
    SURVEY_CAMPAIGN_CREATED,
    /** A campaign's invitations sent: name, number of invitations. */
    SURVEY_INVITATIONS_SENT,
    /** A campaign's results published to the comparison pages: name. */
    SURVEY_RESULTS_PUBLISHED,
    /** A WHO-5 or WHODAS-12 measurement entered: instrument, point. */
    OUTCOME_MEASURED,
    /** A delivered add-on order rated: score. */
    ADD_ON_RATED,
    // --- the provider workspace and the open API (issue 13) ---
    /** An API key issued: name, scopes. */
    API_CLIENT_ISSUED,
    /** An API key revoked: name. */
    API_CLIENT_REVOKED,
    /** A care system registered a citizen: masked CPR number. */
    CITIZEN_REGISTERED,
    /** A care system changed a citizen's name, address or contact details. */
    CITIZEN_UPDATED,
    /** A grant added: service area, minutes per week, from, to. */
    GRANT_ADDED,
    /** A grant changed: service area, minutes per week, from, to. */
    GRANT_CHANGED,
    // --- municipal add-on prices ---
    /** A municipal add-on's price set from its cost calculation: add-on, old price, new price, unit cost, reason. */
    ADD_ON_COST_PRICE_SET,
    /** A provider created an add-on: name, price in øre. */
    OFFER_CREATED,
    /** A provider changed an add-on: name, old price, new price (in øre; new orders only). */
    OFFER_CHANGED,
    /** A provider paused, resumed or retired an add-on: name, new status. */
    OFFER_STATUS_CHANGED,
    /** A provider's administrator invited a colleague: e-mail, role. */
    USER_INVITED,
    /** An invitation withdrawn: e-mail. */
    USER_INVITATION_WITHDRAWN,
    /** A colleague removed from the provider's workspace: name, role. */
    USER_REMOVED,
    // new sections go above this line, each entry ending in a comma
    ;
}
