/**
 * Satisfaction surveys and outcome measures: campaigns on the national template with local questions, invitations by
 * personal link or answer code, anonymous answering, results with n, distribution and a 95 % t-interval withheld below
 * the municipality's minimum group size, published to the comparison pages; WHO-5 and WHODAS 2.0 (12 items) on
 * rehabilitation courses; ratings of delivered add-ons.
 */
package dk.fritvalg.survey;
