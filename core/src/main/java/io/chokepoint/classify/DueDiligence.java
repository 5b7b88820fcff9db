package io.chokepoint.classify;

/**
 * What a front-end fabricator or OSAT knows about a logic die it ships, which decides whether the
 * foundry rule's presumption (3A090.a, datacenter) is overcome. Every field may be unknown.
 *
 * @param exporterRole {@code front-end-fabricator}, {@code osat} or {@code other}
 * @param approvedIcDesigner whether the consignee is an approved or authorized IC designer
 * @param designerAttests whether that designer attests the chip is below the thresholds
 * @param packagedBy {@code front-end-fabricator}, {@code approved-osat} or {@code other}
 * @param packagedIn the country where the die is packaged
 * @param transistorCountVerified whether the final transistor count was verified
 */
public record DueDiligence(
    String exporterRole,
    Boolean approvedIcDesigner,
    Boolean designerAttests,
    String packagedBy,
    String packagedIn,
    Boolean transistorCountVerified) {

  /** Nothing known. */
  public static final DueDiligence NONE = new DueDiligence(null, null, null, null, null, null);
}
