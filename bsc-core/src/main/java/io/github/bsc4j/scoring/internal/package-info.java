/** The built-in scoring rules; found through ServiceLoader, not API. */
package io.github.bsc4j.scoring.internal;
