/**
 * Periods and measurements: what the engine evaluates a scorecard over, and where actual values
 * come from. Applications implement {@link io.github.bsc4j.data.MeasurementSource} over their own
 * storage, or use the map-backed {@link io.github.bsc4j.data.Measurements}.
 */
package io.github.bsc4j.data;
