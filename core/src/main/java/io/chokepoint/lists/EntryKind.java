package io.chokepoint.lists;

/** What a list entry names: the closed set of kinds the official lists use. */
public enum EntryKind {
  /** A company, organisation, university or other body. */
  ENTITY,
  /** A natural person. */
  INDIVIDUAL,
  /** A ship. */
  VESSEL,
  /** An aircraft. */
  AIRCRAFT,
  /** The list does not say. */
  UNKNOWN
}
