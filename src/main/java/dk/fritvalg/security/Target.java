package dk.fritvalg.security;

/** What an action is done to or for. Every permission names the one type of target it applies to. */
public sealed interface Target {

    Type type();

    /** The kinds of target. */
    enum Type { CITIZEN, MUNICIPALITY, PROVIDER, ORGANISATION, OWN_ACCOUNT }

    /** One citizen: her help, choices, orders, powers of attorney. */
    record Citizen(long citizenId) implements Target {
        @Override
        public Type type() {
            return Type.CITIZEN;
        }
    }

    /** One municipality's own data: its settings, its queues, its log. */
    record Municipality(long municipalityId) implements Target {
        @Override
        public Type type() {
            return Type.MUNICIPALITY;
        }
    }

    /** One provider in one municipality: profile, orders. Its organisation's staff reach it. */
    record Provider(long providerId) implements Target {
        @Override
        public Type type() {
            return Type.PROVIDER;
        }
    }

    /** A provider organisation as a whole (one CVR number): its applications, bids and agreements in every municipality. */
    record Organisation(long organisationId) implements Target {
        @Override
        public Type type() {
            return Type.ORGANISATION;
        }
    }

    /** The logged-in user's own account. */
    record OwnAccount() implements Target {
        @Override
        public Type type() {
            return Type.OWN_ACCOUNT;
        }
    }

    static Target citizen(long citizenId) {
        return new Citizen(citizenId);
    }

    static Target municipality(long municipalityId) {
        return new Municipality(municipalityId);
    }

    static Target provider(long providerId) {
        return new Provider(providerId);
    }

    static Target organisation(long organisationId) {
        return new Organisation(organisationId);
    }

    static Target ownAccount() {
        return new OwnAccount();
    }
}
