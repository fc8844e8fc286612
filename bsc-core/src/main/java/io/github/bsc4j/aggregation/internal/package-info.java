/** The built-in aggregation strategies; found through ServiceLoader, not API. */
package io.github.bsc4j.aggregation.internal;
