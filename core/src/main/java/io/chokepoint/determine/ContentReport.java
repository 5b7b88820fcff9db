package io.chokepoint.determine;

import io.chokepoint.content.BillOfMaterials;
import io.chokepoint.content.ContentRollUp;
import io.chokepoint.content.ContentShare;
import io.chokepoint.rules.Parameter;
import io.chokepoint.rules.Regime;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.ShareSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The content shares of one bill of materials on a date, for the {@code content} command: every
 * share the regimes declare (the PRC 0.1% rule's Chinese-origin Part-1 rare earths, US de minimis
 * content), each compared with its thresholds.
 *
 * @param bom the bill of materials
 * @param asOf the date whose classifications and thresholds were used
 * @param shares one entry per declared share
 */
public record ContentReport(BillOfMaterials bom, LocalDate asOf, List<Share> shares) {
  public ContentReport {
    shares = List.copyOf(shares);
  }

  /** The share of the given name, if a regime declares it. */
  public Optional<Share> share(String name) {
    return shares.stream().filter(s -> s.spec().name().equals(name)).findFirst();
  }

  /**
   * One share of the bill.
   *
   * @param regime the regime that declares it
   * @param spec its declaration
   * @param content the roll-up, line by line
   * @param thresholds its thresholds on the date, each with whether the share reaches it
   */
  public record Share(
      String regime, ShareSpec spec, ContentShare content, List<Threshold> thresholds) {
    public Share {
      thresholds = List.copyOf(thresholds);
    }
  }

  /**
   * A threshold and the comparison with it.
   *
   * @param parameter the parameter's name
   * @param description what the threshold is
   * @param value its value on the date, or {@code null} if none holds then
   * @param reached whether the share reaches it ({@code null} if undecided lines or no value leave
   *     it open)
   * @param source where the value comes from, or {@code null}
   */
  public record Threshold(
      String parameter, String description, Double value, Boolean reached, String source) {}

  /**
   * Rolls the bill up for every share the rule book declares.
   *
   * @throws io.chokepoint.source.SourceException if the bill does not add up
   */
  static ContentReport of(
      RuleBook book, Classifiers classifiers, BillOfMaterials bom, LocalDate asOf) {
    List<Share> out = new ArrayList<>();
    for (Classifiers.Share s : classifiers.shares()) {
      ShareSpec spec = s.spec();
      Regime regime = s.materials().regime();
      ContentShare content =
          ContentRollUp.rollUp(
              bom.unitValue(),
              bom.bom(),
              spec.origin(),
              ContentFacts.test(s, asOf),
              bom.description());
      List<Threshold> thresholds = new ArrayList<>();
      for (String name : spec.thresholds()) {
        Parameter p = regime.parameters().get(name);
        var value = p.at(asOf);
        Double v = value.map(d -> d.value()).orElse(null);
        Boolean reached = null;
        if (v != null) {
          if (spec.reaches(content.share(), v)) {
            reached = true;
          } else if (!spec.reaches(content.maxShare(), v)) {
            reached = false;
          }
        }
        thresholds.add(
            new Threshold(
                name, p.description(), v, reached, value.map(d -> d.source()).orElse(null)));
      }
      out.add(new Share(regime.code(), spec, content, thresholds));
    }
    return new ContentReport(bom, asOf, out);
  }
}
