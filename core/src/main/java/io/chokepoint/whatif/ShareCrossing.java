package io.chokepoint.whatif;

import io.chokepoint.determine.ContentReport;
import io.chokepoint.determine.Determiner;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A product whose content share crosses a threshold between the baseline and the scenario, e.g.
 * whose Chinese-origin Part 1 rare-earth share reaches 0.1% once a supplier switches to Chinese
 * magnets. A share with undecided lines is a range; a threshold the range straddles is neither
 * reached nor not reached, and a change to or from that is a crossing too.
 *
 * @param sku the product
 * @param description its description
 * @param regime the regime that declares the share
 * @param share the share's name, e.g. {@code cnPart1}
 * @param shareDescription what the share counts
 * @param parameter the threshold's parameter, e.g. {@code ann61Share}
 * @param thresholdBefore the threshold under the baseline, or {@code null} when none holds
 * @param thresholdAfter the threshold under the scenario
 * @param before the share under the baseline (the counted part)
 * @param beforeMax the most it could be with its undecided lines
 * @param after the share under the scenario
 * @param afterMax the most it could be
 * @param reachedBefore whether the baseline share reaches the threshold ({@code null}: open)
 * @param reachedAfter whether the scenario share reaches it
 */
public record ShareCrossing(
    String sku,
    String description,
    String regime,
    String share,
    String shareDescription,
    String parameter,
    Double thresholdBefore,
    Double thresholdAfter,
    double before,
    double beforeMax,
    double after,
    double afterMax,
    Boolean reachedBefore,
    Boolean reachedAfter)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Every threshold crossing of every product with a bill of materials.
   *
   * @param run the scenario run, for its two catalogues and rule books
   * @param day the date of a side that has no as-of date of its own
   * @return the crossings, in catalogue order
   */
  public static List<ShareCrossing> of(WhatIf run, LocalDate day) {
    LocalDate dayB = run.baseline().asOf() != null ? run.baseline().asOf() : day;
    LocalDate dayS = run.changed().asOf() != null ? run.changed().asOf() : day;
    List<ShareCrossing> out = new ArrayList<>();
    for (Product pb : run.baseline().catalogue().products()) {
      Product ps = run.changed().catalogue().product(pb.sku()).orElse(null);
      if (pb.bom() == null || ps == null || ps.bom() == null) {
        continue;
      }
      ContentReport rb = report(run.baseline().determiner(), pb, dayB);
      ContentReport rs = report(run.changed().determiner(), ps, dayS);
      for (ContentReport.Share sb : rb.shares()) {
        ContentReport.Share ss = rs.share(sb.spec().name()).orElse(null);
        if (ss == null) {
          continue;
        }
        for (int i = 0; i < sb.thresholds().size() && i < ss.thresholds().size(); i++) {
          ContentReport.Threshold tb = sb.thresholds().get(i);
          ContentReport.Threshold ts = ss.thresholds().get(i);
          if (!java.util.Objects.equals(tb.reached(), ts.reached())) {
            out.add(
                new ShareCrossing(
                    pb.sku(),
                    pb.description(),
                    sb.regime(),
                    sb.spec().name(),
                    sb.spec().description(),
                    tb.parameter(),
                    tb.value(),
                    ts.value(),
                    sb.content().share(),
                    sb.content().maxShare(),
                    ss.content().share(),
                    ss.content().maxShare(),
                    tb.reached(),
                    ts.reached()));
          }
        }
      }
    }
    return out;
  }

  private static ContentReport report(Determiner d, Product p, LocalDate day) {
    return d.content(p.bom(), day);
  }
}
