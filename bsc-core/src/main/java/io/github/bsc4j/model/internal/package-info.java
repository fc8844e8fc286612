/**
 * Implementation details of the model that other packages of the library share (the cycle
 * search, the rule for ids); not exported, not API. Like the rest of the model it depends on
 * {@code java.*} alone.
 */
package io.github.bsc4j.model.internal;
