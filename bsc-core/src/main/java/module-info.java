/**
 * bsc4j core: the Balanced Scorecard domain model, its validation, and (in later releases) the
 * scoring and aggregation engine.
 *
 * <p>Only API packages are exported. The {@code model} package depends on {@code java.*} alone.
 */
module io.github.bsc4j.core {
  requires org.slf4j;

  exports io.github.bsc4j.model;
}
