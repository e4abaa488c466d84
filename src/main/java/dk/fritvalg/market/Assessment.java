package dk.fritvalg.market;

/** Staff's assessment of one requirement in an application. */
public enum Assessment {
    MET, NOT_MET
}
