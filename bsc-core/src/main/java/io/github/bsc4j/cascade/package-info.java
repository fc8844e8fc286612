/**
 * Cascades, teams and people: an organisation of subjects (organisation, units, teams and people
 * with dated memberships), scorecard templates applied to many subjects, team indicators rolled up
 * from their members, contribution shares, blended team-and-individual scores, payout curves and
 * pool splits, free-rider and over-competition flags, rankings and the alignment of objectives
 * across levels; {@link io.github.bsc4j.cascade.OrganisationPlan} evaluates a whole organisation
 * for a period in one call.
 *
 * <p>Built on the engine; nothing in the other packages depends on this one. Like the rest of
 * the core it needs {@code java.*} and {@code slf4j-api} alone.
 */
package io.github.bsc4j.cascade;
