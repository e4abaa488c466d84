package dk.fritvalg.citizen;

/** What a power of attorney lets a relative do: only see, or also act (choose, switch, order). */
public enum PowerOfAttorneyScope {
    VIEW, ACT
}
