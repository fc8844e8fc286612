/** Implementation details shared across packages; not exported, not API. */
package io.github.bsc4j.internal;
