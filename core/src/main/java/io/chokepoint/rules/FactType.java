package io.chokepoint.rules;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.OpaqueType;
import dev.cel.common.types.SimpleType;

/** The types a fact can have in rule conditions. */
public enum FactType {
  /** Text, e.g. a country code or an ECCN. */
  STRING(SimpleType.STRING),
  /** A number; all numbers are doubles so that thresholds compare without casts. */
  NUMBER(SimpleType.DOUBLE),
  /** True or false. */
  BOOL(SimpleType.BOOL),
  /** A list of strings, e.g. the lists a party is on. */
  STRING_LIST(ListType.create(SimpleType.STRING)),
  /** A named set of a regime ({@code sets.*}): supports only {@code x in sets.NAME}. */
  STRING_SET(OpaqueType.create("chokepoint.StringSet"));

  private final CelType celType;

  FactType(CelType celType) {
    this.celType = celType;
  }

  /** The CEL type conditions see. */
  public CelType celType() {
    return celType;
  }

  /**
   * Parses the name used in rule packs: {@code string}, {@code number}, {@code bool} or {@code
   * list}.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static FactType fromPackName(String name) {
    return switch (name) {
      case "string" -> STRING;
      case "number" -> NUMBER;
      case "bool" -> BOOL;
      case "list" -> STRING_LIST;
      default -> throw new IllegalArgumentException("unknown fact type '" + name + "'");
    };
  }
}
