/**
 * Custom extensions, registered through ServiceLoader in {@code META-INF/services}: a logistic
 * scoring rule for CRM customer health and a penalised mean that keeps OFF_TRACK children from
 * being averaged away.
 */
package io.github.bsc4j.examples.extensions;
