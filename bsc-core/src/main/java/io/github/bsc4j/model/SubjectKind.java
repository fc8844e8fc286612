package io.github.bsc4j.model;

/** The kind of subject a scorecard is for. */
public enum SubjectKind {
  /** A whole organisation. */
  ORGANISATION,
  /** A business unit or department. */
  UNIT,
  /** A team. */
  TEAM,
  /** One person. */
  PERSON
}
