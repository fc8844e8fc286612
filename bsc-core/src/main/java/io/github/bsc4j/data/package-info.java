/**
 * Periods and measurements: what the engine evaluates a scorecard over, and where actual values
 * come from. Applications implement {@link io.github.bsc4j.data.MeasurementSource} over their own
 * storage, or use the map-backed {@link io.github.bsc4j.data.Measurements}. For many subjects at
 * once, a {@link io.github.bsc4j.data.MeasurementBlock} holds their values in one array laid out
 * by a {@link io.github.bsc4j.data.MeasurementLayout}, and a {@link
 * io.github.bsc4j.data.MeasurementStore} fetches a block per batch of subjects.
 */
package io.github.bsc4j.data;
