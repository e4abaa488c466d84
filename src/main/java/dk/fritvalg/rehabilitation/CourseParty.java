package dk.fritvalg.rehabilitation;

import dk.fritvalg.municipality.RehabilitationModel;

/** Who does a part of a course: the municipality (its therapist) or the provider. */
public enum CourseParty {
    MUNICIPALITY, PROVIDER;

    /**
     * Who records a status point under a collaboration model. Under WHOLE the provider runs the whole course;
     * under PART and SELECTED the municipal therapist starts, sets goals and closes the course (and may record
     * the mid-way status too), while the provider does the training and records the mid-way status.
     */
    public static boolean mayRecord(CourseParty party, StatusPoint point, RehabilitationModel model) {
        if (model == RehabilitationModel.WHOLE) {
            return party == PROVIDER;
        }
        return party == MUNICIPALITY || point == StatusPoint.MIDWAY;
    }
}
