package dk.fritvalg.catalogue;

/** Who may buy an add-on: anyone, only citizens with a grant, or only nursing-home residents. */
public enum Eligibility {
    ANY, GRANT_HOLDERS, NURSING_HOME_RESIDENTS
}
