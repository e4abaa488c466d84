package dk.fritvalg.ui;

import java.util.Optional;

/**
 * Whose citizen pages a relative's menu leads to: the name of the one citizen they act for, so that the menu says
 * "Hjælp til Karen Jensen" and never "Min hjælp" for someone else's data. Implemented by the citizen module.
 */
public interface ActingFor {

    /** The citizen the signed-in relative's citizen pages are for, when there is exactly one. */
    Optional<String> citizenName();
}
