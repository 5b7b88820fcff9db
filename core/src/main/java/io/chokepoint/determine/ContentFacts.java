package io.chokepoint.determine;

import io.chokepoint.classify.Material;
import io.chokepoint.classify.MaterialClassification;
import io.chokepoint.content.BomLine;
import io.chokepoint.content.ContentRollUp;
import io.chokepoint.content.ContentShare;
import io.chokepoint.content.LineTest;
import io.chokepoint.rules.Bounds;
import io.chokepoint.rules.ShareSpec;
import io.chokepoint.transaction.Item;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PRC facts of an item: its control codes ({@code item.cnCodes}), its material facts, and the
 * content shares of its bill of materials ({@code item.share.*}).
 */
final class ContentFacts {
  private ContentFacts() {}

  /** What was computed for one item, kept for answers and missing-fact paths. */
  record Result(MaterialClassification material, Map<String, ContentShare> shares) {}

  static Result add(Map<String, Object> m, Item i, LocalDate asOf, Classifiers c) {
    MaterialClassification mc = null;
    if (i.material() != null) {
      m.put("item.material.element", i.material().element());
      m.put("item.material.form", i.material().form());
    }
    if (i.madeWithChineseRareEarthTechnology() != null) {
      m.put("item.madeWithChineseRareEarthTechnology", i.madeWithChineseRareEarthTechnology());
    }
    String stated = i.classification().get("CN-ECL");
    if (stated != null) {
      m.put(
          "item.cnCodes",
          Arrays.stream(stated.split("[,\\s]+")).filter(s -> !s.isBlank()).toList());
    } else if (i.material() != null && c.materials() != null) {
      mc = c.materials().classify(i.material(), asOf);
      if (mc.known()) {
        m.put("item.cnCodes", mc.codeNames());
      }
    } else if (i.material() == null) {
      // Chips and other goods carry none of the PRC codes Chokepoint encodes (its coverage note
      // says which); a stated CN-ECL classification overrides this.
      m.put("item.cnCodes", List.of());
    }
    Map<String, ContentShare> shares = new LinkedHashMap<>();
    if (!i.bom().isEmpty() && i.unitValue() != null) {
      for (Classifiers.Share s : c.shares()) {
        ContentShare share =
            ContentRollUp.rollUp(
                i.unitValue(), i.bom(), s.spec().origin(), test(s, asOf), "item " + i.id());
        shares.put(s.spec().name(), share);
        String fact = "item.share." + s.spec().name();
        if (share.known()) {
          m.put(fact, share.share());
        } else {
          m.put(Frame.boundsKey(fact), new Bounds(share.share(), share.maxShare()));
        }
      }
    }
    return new Result(mc, shares);
  }

  static LineTest test(Classifiers.Share s, LocalDate asOf) {
    ShareSpec spec = s.spec();
    if (spec.usControlled()) {
      return line -> {
        if (line.origin() == null) {
          return line.bom().isEmpty()
              ? LineTest.Verdict.unknown("origin not given", Set.of("origin"))
              : LineTest.Verdict.no("sub-assembly of unstated origin: its lines decide");
        }
        if (!line.origin().equals(spec.origin())) {
          return otherOrigin(line);
        }
        if (line.usControlled() == null) {
          return LineTest.Verdict.unknown(
              spec.origin() + "-origin, controlled or not not stated", Set.of("usControlled"));
        }
        if (!line.usControlled()) {
          return LineTest.Verdict.no(spec.origin() + "-origin, not controlled (EAR99)");
        }
        if (spec.eccns().isEmpty()) {
          return LineTest.Verdict.counts(
              spec.origin()
                  + "-origin controlled content"
                  + (line.eccn() == null ? "" : " (" + line.eccn() + ")"));
        }
        if (line.eccn() == null) {
          return LineTest.Verdict.unknown(
              spec.origin() + "-origin controlled content of unstated ECCN", Set.of("eccn"));
        }
        return spec.eccns().stream().anyMatch(line.eccn()::startsWith)
            ? LineTest.Verdict.counts(spec.origin() + "-origin " + line.eccn() + " content")
            : LineTest.Verdict.no(
                spec.origin() + "-origin " + line.eccn() + ", not " + spec.eccns());
      };
    }
    return line -> codeTest(line, spec, s, asOf);
  }

  private static LineTest.Verdict otherOrigin(BomLine line) {
    return LineTest.Verdict.no(
        line.origin()
            + "-origin"
            + (line.bom().isEmpty() ? "" : " sub-assembly: its lines decide"));
  }

  private static LineTest.Verdict codeTest(
      BomLine line, ShareSpec spec, Classifiers.Share s, LocalDate asOf) {
    if (line.origin() != null && !line.origin().equals(spec.origin())) {
      return otherOrigin(line);
    }
    if (line.element() == null) {
      return LineTest.Verdict.no(
          line.bom().isEmpty()
              ? "no element stated: taken to contain no listed material"
              : "no element stated: its lines decide");
    }
    if (line.form() == null) {
      return LineTest.Verdict.unknown(line.element() + " of unstated form", Set.of("form"));
    }
    MaterialClassification mc =
        s.materials()
            .classify(
                new Material(
                    line.element(),
                    line.form(),
                    null,
                    line.contains(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null),
                asOf);
    String hit = mc.codeNames().stream().filter(spec.codes()::contains).findFirst().orElse(null);
    if (hit == null) {
      String maybe =
          mc.possible().stream()
              .map(MaterialClassification.Code::code)
              .filter(spec.codes()::contains)
              .findFirst()
              .orElse(null);
      if (maybe != null) {
        return LineTest.Verdict.unknown(
            line.element() + " " + line.form() + " may be " + maybe, Set.copyOf(mc.missingFacts()));
      }
      return LineTest.Verdict.no(
          line.element()
              + " "
              + line.form()
              + " is not "
              + String.join(" or ", spec.codes())
              + (mc.codes().isEmpty() ? "" : " (" + String.join(", ", mc.codeNames()) + ")"));
    }
    if (line.origin() == null) {
      return LineTest.Verdict.unknown(
          line.element() + " " + line.form() + " is " + hit + ", origin not given",
          Set.of("origin"));
    }
    return LineTest.Verdict.counts(
        spec.origin() + "-origin " + line.element() + " " + line.form() + ": " + hit);
  }
}
