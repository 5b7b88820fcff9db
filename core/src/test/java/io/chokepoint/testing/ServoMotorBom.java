package io.chokepoint.testing;

/**
 * A servo motor's bill of materials, as YAML and as the same flat CSV, for tests of BOM reading,
 * errors and the {@code content} command: a stator sub-assembly with 0.20 USD of Chinese Dy-Fe
 * alloy and a German copper winding, 0.05 USD of Chinese Dy oxide coating, and a US controller
 * board (EAR99), in an item of 100.00 USD. Tests count lines in these texts, so edit with care.
 */
public final class ServoMotorBom {
  private ServoMotorBom() {}

  /** The bill as YAML, a top-level {@code item:}. */
  public static final String YAML =
      """
      item:
        description: Servo motor
        unitValue: {amount: 100.00, currency: USD}
        bom:
          - part: Stator
            value: {amount: 40.00, currency: USD}
            bom:
              - part: Dy-Fe alloy
                element: Dy
                form: alloy
                contains: [Fe]
                origin: CN
                value: {amount: 0.20, currency: USD}
              - part: Copper winding
                element: Cu
                form: metal
                origin: DE
                value: {amount: 12.00, currency: USD}
          - part: Dy oxide coating
            element: Dy
            form: oxide
            origin: CN
            value: {amount: 0.05, currency: USD}
          - part: Controller board
            origin: US
            usControlled: false
            value: {amount: 30.00, currency: USD}
      """;

  /** The same bill as a flat CSV. */
  public static final String CSV =
      """
      line,parent,part,element,form,contains,origin,amount,currency,usControlled,eccn
      item,,Servo motor,,,,,100.00,USD,,
      stator,item,Stator,,,,,40.00,USD,,
      dyfe,stator,Dy-Fe alloy,Dy,alloy,Fe,CN,0.20,USD,,
      winding,stator,Copper winding,Cu,metal,,DE,12.00,USD,,
      coating,item,Dy oxide coating,Dy,oxide,,CN,0.05,USD,,
      board,item,Controller board,,,,US,30.00,USD,false,
      """;
}
