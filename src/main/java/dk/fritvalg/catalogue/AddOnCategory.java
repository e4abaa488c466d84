package dk.fritvalg.catalogue;

/** What kind of extra service an add-on is. */
public enum AddOnCategory {
    CLEANING, WINDOWS, LAUNDRY, SHOPPING, COMPANION, RELATIVE_SUBSTITUTE, IT_HELP, HAIRDRESSER, FOOT_CARE, MUSIC_THERAPY, MEALS, GARDEN, PERSONAL_CARE
}
