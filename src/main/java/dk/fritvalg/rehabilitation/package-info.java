/**
 * Rehabilitation courses (SEL § 83 a) and their outcome measures: the course with its goals in the citizen's
 * own words, the status at start, mid-way and end, the final status sent to needs assessment and its receipt,
 * the result settlement pays on ({@link dk.fritvalg.rehabilitation.RehabilitationOutcomes}), and the WHO-5 and
 * WHODAS 2.0 measurements with the citizen's trend.
 */
package dk.fritvalg.rehabilitation;
