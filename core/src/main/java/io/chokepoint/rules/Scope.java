package io.chokepoint.rules;

/**
 * What a fact belongs to, which decides how often a condition that reads it is evaluated: once per
 * transaction, once per item, or once per item and party.
 */
public enum Scope {
  /** Constants of the regime on the as-of date: {@code params.*} and {@code sets.*}. */
  CONSTANT,
  /** The transaction as a whole: {@code tx.*}, {@code route.*}, {@code endUse.*}, and so on. */
  TRANSACTION,
  /** One item of the transaction: {@code item.*}. */
  ITEM,
  /** One party of the transaction: {@code party.*}. */
  PARTY,
  /** A chip being classified: {@code chip.*} and its due-diligence facts {@code dd.*}. */
  CHIP,
  /** A material being classified: {@code material.*}. */
  MATERIAL
}
