package io.chokepoint.classify;

import io.chokepoint.source.Codes;
import io.chokepoint.source.Fields;
import io.chokepoint.source.Node;
import io.chokepoint.source.Node.ScalarNode;
import io.chokepoint.source.Node.ScalarType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a chip spec (FORMATS.md §3) or a catalogue entry from a mapping, with positions. */
public final class ChipSpecReader {
  /** The chip forms. */
  public static final List<String> FORMS = List.of("ic", "board", "system", "hbm", "logic-die");

  static final List<String> CODES = List.of("3A090.a", "3A090.b", "3A090.c", "NONE", "UNKNOWN");

  private ChipSpecReader() {}

  /**
   * Reads a spec. Problems go to the reader's issues; the result is {@code null} if required parts
   * are missing.
   *
   * @param f the mapping
   * @param catalogue whether this is a catalogue entry (then {@code id} is required)
   */
  public static ChipSpec read(Fields f, boolean catalogue) {
    String id = catalogue ? f.requiredString("id") : f.optionalString("id");
    String name = f.requiredString("name");
    List<String> aliases = f.stringList("aliases");
    String vendor = f.optionalString("vendor");
    String family = f.optionalString("family");
    f.optionalNumber("year");
    String form = f.oneOf("form", FORMS, false);
    Boolean datacenter = f.optionalBoolean("datacenter");
    String origin = Codes.country(f, "origin", false);
    Boolean usTechnology = f.optionalBoolean("usTechnology");
    Double die = positive(f, "dieAreaMm2");
    List<Throughput> throughput = new ArrayList<>();
    for (Node n : f.list("throughput")) {
      Throughput t = throughput(Fields.of(n, f.issues(), f.subject()));
      if (t != null) {
        throughput.add(t);
      }
    }
    Double memory = positive(f, "memoryBandwidthGBps");
    Double interconnect = positive(f, "interconnectGBps");
    Hbm hbm = null;
    Fields h = f.object("hbm");
    if (h != null) {
      // FORMATS.md §3 writes hbm: {bandwidthGBps: 0, packageAreaMm2: 0} for a chip that is not
      // stand-alone memory; all zeros mean "no HBM figures", anything else must be positive.
      if (!(isZero(h.raw("bandwidthGBps")) && isZero(h.raw("packageAreaMm2")))) {
        hbm = new Hbm(positive(h, "bandwidthGBps"), positive(h, "packageAreaMm2"));
      }
      h.end();
    }
    LogicDie logicDie = null;
    Fields d = f.object("die");
    if (d != null) {
      logicDie =
          new LogicDie(
              positive(d, "nodeNm"),
              d.optionalBoolean("nonPlanar"),
              positive(d, "transistorsBillions"),
              d.optionalBoolean("hbm"));
      d.end();
    }
    DueDiligence dd = DueDiligence.NONE;
    Fields ddf = f.object("dueDiligence");
    if (ddf != null) {
      dd = dueDiligence(ddf);
    }
    List<Expectation> expected = new ArrayList<>();
    for (Node n : f.list("expected")) {
      Fields e = Fields.of(n, f.issues(), f.subject());
      LocalDate asOf = e.requiredDate("asOf");
      String eccn = e.oneOf("eccn", CODES, true);
      Boolean sourced = e.optionalBoolean("sourced");
      String basis = e.optionalString("basis");
      e.end();
      if (asOf != null && eccn != null) {
        expected.add(new Expectation(asOf, eccn, Boolean.TRUE.equals(sourced), basis));
      }
    }
    Map<String, String> sources = f.stringMap("sources");
    List<String> uncertain = f.stringList("uncertain");
    String notes = f.optionalString("notes");
    f.end();
    if (name == null || (catalogue && id == null)) {
      return null;
    }
    return new ChipSpec(
        id == null ? "" : id,
        name,
        aliases,
        vendor,
        family,
        form == null ? "ic" : form,
        datacenter,
        origin,
        usTechnology,
        die,
        throughput,
        memory,
        interconnect,
        hbm,
        logicDie,
        dd,
        expected,
        sources,
        uncertain,
        notes);
  }

  /** Reads a {@code dueDiligence:} block. */
  public static DueDiligence dueDiligence(Fields f) {
    List<String> roles = List.of("front-end-fabricator", "osat", "other");
    List<String> packagers = List.of("front-end-fabricator", "approved-osat", "other");
    DueDiligence dd =
        new DueDiligence(
            f.oneOf("exporterRole", roles, false),
            f.optionalBoolean("approvedIcDesigner"),
            f.optionalBoolean("designerAttests"),
            f.oneOf("packagedBy", packagers, false),
            Codes.country(f, "packagedIn", false),
            f.optionalBoolean("transistorCountVerified"));
    f.end();
    return dd;
  }

  private static Throughput throughput(Fields t) {
    String precision = t.requiredString("precision");
    Double bits = t.requiredNumber("bits");
    Double tops = t.requiredNumber("tops");
    Boolean mac = t.optionalBoolean("mac");
    Boolean sparse = t.optionalBoolean("sparse");
    t.end();
    if (precision == null || bits == null || tops == null) {
      return null;
    }
    if (bits <= 0 || bits != Math.rint(bits)) {
      t.issues().add(t.raw("bits"), t.subject(), "bits must be a positive whole number");
      return null;
    }
    if (tops < 0) {
      t.issues().add(t.raw("tops"), t.subject(), "tops must not be negative");
      return null;
    }
    return new Throughput(
        precision, bits.intValue(), tops, mac == null || mac, Boolean.TRUE.equals(sparse));
  }

  private static boolean isZero(Node n) {
    if (n instanceof ScalarNode s && s.type() == ScalarType.NUMBER) {
      try {
        return Double.parseDouble(s.text()) == 0;
      } catch (NumberFormatException e) {
        return false; // reported by positive()
      }
    }
    return false;
  }

  private static Double positive(Fields f, String key) {
    Double v = f.optionalNumber(key);
    if (v != null && v <= 0) {
      f.issues().add(f.raw(key), f.subject(), key + " must be greater than zero");
      return null;
    }
    return v;
  }
}
