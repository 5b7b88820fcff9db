package io.chokepoint.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded synthetic open orders and a product catalogue with bills of materials, for benchmarks and
 * scale tests of what-if runs: the files {@code chokepoint whatif} reads (docs/formats.md), in the
 * shapes the shipped demo has (rare-earth targets with Chinese content around 0.1%, some of it of
 * undeclared origin; magnet modules and motors whose magnets come from named suppliers; Chinese
 * rare-earth metal for re-export; GPUs near the TPP thresholds; uncontrolled goods).
 *
 * <p>The same options give the same text, byte for byte. The catalogue and the parties depend on
 * the seed alone, and each order on the seed and its index alone, so any slice of the orders can be
 * generated on its own (one per partition) and the slices add up to the whole.
 */
public final class Orders {
  /**
   * The exporters: targets from Korea, metal from Japan, magnets and motors from Germany, GPUs from
   * the US.
   */
  private static final String[][] EXPORTERS = {
    {"EX-KR", "Synthetic Targets Co. Ltd.", "KR"},
    {"EX-JP", "Synthetic Metals Trading KK", "JP"},
    {"EX-DE", "Synthetic Magnetics GmbH", "DE"},
    {"EX-US", "Synthetic Compute Distribution Inc.", "US"}
  };

  private static final String[] GPUS = {
    "RTX 4090D", "RTX 5090D V2", "H100 SXM", "H20", "L40S", "RTX 4090", "L20"
  };
  private static final int[] GPU_PRICES = {1650, 2100, 25000, 12000, 8000, 1800, 6000};

  /** Customer profiles: what they buy and where they are. */
  private enum Profile {
    LOGIC_FAB(new String[] {"TW", "US", "JP", "SG", "IE"}),
    MEMORY_FAB(new String[] {"SG", "JP", "US", "TW"}),
    INDUSTRIAL(new String[] {"US", "JP", "FR", "IT", "MX", "VN", "IN", "PL"}),
    DATACENTER(new String[] {"DE", "NL", "IN", "AE", "MY", "CN", "BR"}),
    GAMING_RETAIL(new String[] {"CN", "SG", "MY", "TH", "DE"}),
    DEFENCE(new String[] {"US", "FR", "JP", "GB"});

    final String[] countries;

    Profile(String[] countries) {
      this.countries = countries;
    }
  }

  /** Product kinds, by the exporter that makes them and the profiles that buy them. */
  private enum Kind {
    TARGET(0, Profile.LOGIC_FAB, Profile.MEMORY_FAB, Profile.DEFENCE),
    METAL(1, Profile.LOGIC_FAB, Profile.MEMORY_FAB),
    MAGNET(2, Profile.INDUSTRIAL, Profile.LOGIC_FAB, Profile.DEFENCE),
    MOTOR(2, Profile.INDUSTRIAL),
    GPU(3, Profile.DATACENTER, Profile.GAMING_RETAIL),
    OTHER(3, Profile.INDUSTRIAL, Profile.DATACENTER);

    final int exporter;
    final Profile[] buyers;

    Kind(int exporter, Profile... buyers) {
      this.exporter = exporter;
      this.buyers = buyers;
    }
  }

  /**
   * What to generate.
   *
   * @param seed the seed
   * @param orders how many orders
   * @param products how many products in the catalogue (at least 6, one of each kind)
   * @param customers how many customers (at least 6, one of each profile)
   * @param suppliers how many magnet suppliers ({@code Magnet Supplier 01}, ...)
   * @param firstDate the first shipment date
   * @param days over how many days shipments are spread
   * @param maxLines the most lines an order has
   * @param fillerLines extra process lines in every bill of materials, to make bills large
   */
  public record Options(
      long seed,
      int orders,
      int products,
      int customers,
      int suppliers,
      LocalDate firstDate,
      int days,
      int maxLines,
      int fillerLines) {
    public Options {
      if (orders < 0 || products < Kind.values().length || customers < Profile.values().length) {
        throw new IllegalArgumentException(
            "need orders >= 0, products >= 6 and customers >= 6 (one of each kind and profile)");
      }
      if (suppliers < 1 || days < 1 || maxLines < 1 || fillerLines < 0) {
        throw new IllegalArgumentException("need suppliers, days and maxLines >= 1");
      }
    }

    /** Options with the defaults: 200 products, 500 customers, 12 suppliers, from 2026-12-01. */
    public static Options of(long seed, int orders) {
      return new Options(seed, orders, 200, 500, 12, LocalDate.of(2026, 12, 1), 180, 3, 0);
    }
  }

  private final Options o;

  /** Creates a generator. */
  public Orders(Options options) {
    this.o = options;
  }

  /** The catalogue file. */
  public String catalogue() {
    StringBuilder sb = new StringBuilder("# Synthetic catalogue, seed ").append(o.seed());
    sb.append(", ").append(o.products()).append(" products\nproducts:\n");
    for (int p = 0; p < o.products(); p++) {
      product(sb, p);
    }
    return sb.toString();
  }

  /** The whole order file. */
  public String orders() {
    return orders(0, o.orders());
  }

  /**
   * An order file with the parties and the orders from {@code from} (inclusive) to {@code to}
   * (exclusive): the same orders as in the whole file.
   */
  public String orders(int from, int to) {
    StringBuilder sb = new StringBuilder("# Synthetic orders, seed ").append(o.seed());
    sb.append(", orders ").append(from).append(" to ").append(to - 1).append("\nexporters:\n");
    for (String[] e : EXPORTERS) {
      sb.append("  - {id: ").append(e[0]).append(", name: ").append(e[1]);
      sb.append(", country: ").append(e[2]).append("}\n");
    }
    sb.append("customers:\n");
    for (int c = 0; c < o.customers(); c++) {
      customer(sb, c);
    }
    sb.append("orders:\n");
    for (int i = from; i < to; i++) {
      order(sb, i);
    }
    return sb.toString();
  }

  /** The name of a magnet supplier, 1-based, as the catalogue writes it. */
  public static String supplier(int n) {
    return String.format(Locale.ROOT, "Magnet Supplier %02d", n);
  }

  // ---- the catalogue ----

  private static Kind kindOf(int product) {
    return Kind.values()[product % Kind.values().length];
  }

  private void product(StringBuilder sb, int p) {
    SplittableRandom r = new SplittableRandom(o.seed() * 31 + p);
    Kind kind = kindOf(p);
    sb.append("  - sku: ").append(sku(p)).append('\n');
    switch (kind) {
      case TARGET -> target(sb, r);
      case METAL -> {
        String el = r.nextBoolean() ? "Dy" : "Tb";
        String origin = r.nextInt(10) < 7 ? "CN" : "MY";
        line(sb, "    ", "description: " + el + " metal 99.9%, per kg, " + origin + " origin");
        line(sb, "    ", "origin: " + origin);
        money(sb, "    ", "unitValue", BigDecimal.valueOf(300 + r.nextInt(300)));
        line(sb, "    ", "material: {element: " + el + ", form: metal, purity: 0.999}");
      }
      case MAGNET, MOTOR -> magnet(sb, r, kind == Kind.MOTOR);
      case GPU -> {
        int g = r.nextInt(GPUS.length);
        line(sb, "    ", "description: GPU board " + GPUS[g]);
        line(sb, "    ", "chip: " + GPUS[g]);
        line(sb, "    ", "origin: TW");
        line(sb, "    ", "subjectToEar: true");
        money(sb, "    ", "unitValue", BigDecimal.valueOf(GPU_PRICES[g]));
      }
      case OTHER -> {
        line(sb, "    ", "description: Industrial controller model " + (100 + r.nextInt(900)));
        line(sb, "    ", "origin: US");
        money(sb, "    ", "unitValue", BigDecimal.valueOf(200 + r.nextInt(2000)));
        line(sb, "    ", "classification: {US-EAR: EAR99}");
      }
    }
  }

  private void target(StringBuilder sb, SplittableRandom r) {
    String el = r.nextInt(3) == 0 ? "Tb" : "Dy";
    BigDecimal v = BigDecimal.valueOf(600 + r.nextInt(2400));
    line(sb, "    ", "description: " + el + " sputtering target");
    line(sb, "    ", "origin: KR");
    money(sb, "    ", "unitValue", v);
    line(sb, "    ", "material: {element: " + el + ", form: target}");
    line(sb, "    ", "madeWithChineseRareEarthTechnology: false");
    // Chinese content from 0.02% to 0.4% of the value, around the 0.1% of Ann. 61.
    double[] shares = {0.0002, 0.0005, 0.0008, 0.001, 0.0012, 0.002, 0.004};
    BigDecimal chinese = cents(v.multiply(BigDecimal.valueOf(shares[r.nextInt(shares.length)])));
    BigDecimal undeclared = r.nextInt(10) == 0 ? cents(v.multiply(new BigDecimal("0.0015"))) : null;
    BigDecimal assembly = cents(v.multiply(new BigDecimal("0.95")));
    BigDecimal plate = cents(v.multiply(new BigDecimal("0.5")));
    BigDecimal metal = cents(v.multiply(new BigDecimal("0.3")));
    BigDecimal other =
        metal.subtract(chinese).subtract(undeclared == null ? BigDecimal.ZERO : undeclared);
    line(sb, "    ", "bom:");
    assembly(sb, "      ", "target assembly", null, "KR", assembly);
    assembly(sb, "          ", el + " sputtering plate", null, "KR", plate);
    String metalOf = "element: " + el + ", form: metal";
    part(
        sb,
        "              ",
        el + " metal (Chinese)",
        "Rare Earth Trader 01",
        "CN",
        chinese,
        metalOf);
    if (undeclared != null) {
      part(
          sb,
          "              ",
          el + " metal (origin undeclared)",
          "Rare Earth Trader 02",
          null,
          undeclared,
          metalOf);
    }
    part(sb, "              ", el + " metal (other)", "Rare Earth Trader 03", "AU", other, metalOf);
    filler(sb, "              ", plate.subtract(metal), "KR");
    part(sb, "          ", "backing plate", null, "KR", assembly.subtract(plate), null);
    part(sb, "      ", "packaging", null, "KR", v.subtract(assembly), null);
  }

  private void magnet(StringBuilder sb, SplittableRandom r, boolean motor) {
    BigDecimal v = BigDecimal.valueOf(motor ? 300 + r.nextInt(1200) : 2000 + r.nextInt(6000));
    String supplier = supplier(1 + r.nextInt(o.suppliers()));
    String made = r.nextInt(10) == 0 ? "CN" : new String[] {"JP", "DE", "VN"}[r.nextInt(3)];
    line(
        sb,
        "    ",
        "description: " + (motor ? "Servo motor with NdFeB-Dy magnets" : "NdFeB-Dy magnet module"));
    line(sb, "    ", "origin: DE");
    money(sb, "    ", "unitValue", v);
    line(
        sb,
        "    ",
        "material: {element: Nd, form: magnet, magnet: NdFeB, contains: [Fe, B, Dy]"
            + (motor ? ", product: motor-assembly}" : "}"));
    line(sb, "    ", "madeWithChineseRareEarthTechnology: false");
    BigDecimal segments = cents(v.multiply(new BigDecimal(motor ? "0.2" : "0.5")));
    BigDecimal ndpr = cents(segments.multiply(new BigDecimal("0.25")));
    BigDecimal dyfe = cents(segments.multiply(new BigDecimal("0.06")));
    line(sb, "    ", "bom:");
    assembly(sb, "      ", "magnet segments", supplier, made, segments);
    part(sb, "          ", "Nd-Pr metal", null, "AU", ndpr, "element: Nd, form: metal");
    part(
        sb,
        "          ",
        "Dy-Fe alloy",
        null,
        made,
        dyfe,
        "element: Dy, form: alloy, contains: [Fe]");
    filler(sb, "          ", segments.subtract(ndpr).subtract(dyfe), made);
    part(sb, "      ", "housing and assembly", null, "DE", v.subtract(segments), null);
  }

  /** A process line of the value, or that value spread over the filler lines asked for. */
  private void filler(StringBuilder sb, String indent, BigDecimal value, String origin) {
    int n = 1 + o.fillerLines();
    BigDecimal each = value.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
    for (int i = 1; i < n; i++) {
      part(sb, indent, "process step " + i, null, origin, each, null);
    }
    part(
        sb,
        indent,
        "processing",
        null,
        origin,
        value.subtract(each.multiply(BigDecimal.valueOf(n - 1))),
        null);
  }

  /** A sub-assembly line in block style; its lines follow, indented four more. */
  private static void assembly(
      StringBuilder sb,
      String indent,
      String part,
      String supplier,
      String origin,
      BigDecimal value) {
    sb.append(indent).append("- part: \"").append(part).append("\"\n");
    if (supplier != null) {
      line(sb, indent + "  ", "supplier: " + supplier);
    }
    line(sb, indent + "  ", "origin: " + origin);
    line(sb, indent + "  ", "value: {amount: " + value.toPlainString() + ", currency: USD}");
    line(sb, indent + "  ", "bom:");
  }

  private static void part(
      StringBuilder sb,
      String indent,
      String part,
      String supplier,
      String origin,
      BigDecimal value,
      String material) {
    sb.append(indent).append("- {part: \"").append(part).append('"');
    if (supplier != null) {
      sb.append(", supplier: ").append(supplier);
    }
    if (material != null) {
      sb.append(", ").append(material);
    }
    if (origin != null) {
      sb.append(", origin: ").append(origin);
    }
    sb.append(", value: {amount: ").append(value.toPlainString()).append(", currency: USD}}\n");
  }

  private static void money(StringBuilder sb, String indent, String key, BigDecimal v) {
    line(sb, indent, key + ": {amount: " + cents(v).toPlainString() + ", currency: USD}");
  }

  private static void line(StringBuilder sb, String indent, String text) {
    sb.append(indent).append(text).append('\n');
  }

  private static BigDecimal cents(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }

  private static String sku(int p) {
    return String.format(Locale.ROOT, "P-%05d-%s", p, kindOf(p).name());
  }

  // ---- the parties and the orders ----

  private Profile profileOf(int customer) {
    return Profile.values()[customer % Profile.values().length];
  }

  private void customer(StringBuilder sb, int c) {
    Profile p = profileOf(c);
    String country = customerCountry(c);
    sb.append(
        String.format(Locale.ROOT, "  - {id: C-%05d, name: \"Synthetic Customer %05d ", c, c));
    sb.append(p.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append("\", country: ");
    sb.append(country).append(", headquarters: ").append(country);
    sb.append(", militaryEndUser: ")
        .append(p == Profile.DEFENCE)
        .append(", lists: [], owners: []}\n");
  }

  private void order(StringBuilder sb, int i) {
    SplittableRandom r =
        new SplittableRandom(o.seed() * 1_000_003L + 0x9E3779B97F4A7C15L * (i + 1));
    Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
    String[] exporter = EXPORTERS[kind.exporter];
    int customer = customerFor(kind, exporter[2], r);
    Profile profile = profileOf(customer);
    LocalDate date = o.firstDate().plusDays(r.nextInt(o.days()));
    sb.append(
        String.format(
            Locale.ROOT,
            "  - {id: SO-%07d, date: %s, exporter: %s, customer: C-%05d",
            i,
            date,
            exporter[0],
            customer));
    sb.append(", endUse: ").append(endUse(profile, r)).append(", lines: [");
    int lines = 1 + r.nextInt(o.maxLines());
    for (int l = 0; l < lines; l++) {
      int product = productOf(kind, r);
      int quantity = kind == Kind.GPU ? 8 * (1 + r.nextInt(40)) : 1 + r.nextInt(50);
      sb.append(l == 0 ? "" : ", ").append("{product: ").append(sku(product));
      sb.append(", quantity: ").append(quantity).append('}');
    }
    sb.append("]}\n");
  }

  /** A customer whose profile buys the kind, outside the exporter's country when one is. */
  private int customerFor(Kind kind, String exporterCountry, SplittableRandom r) {
    int customer = 0;
    for (int tries = 0; tries < 8; tries++) {
      Profile want = kind.buyers[r.nextInt(kind.buyers.length)];
      int n = Profile.values().length;
      customer = member(want.ordinal(), n, o.customers(), r);
      if (!customerCountry(customer).equals(exporterCountry)) {
        break;
      }
    }
    return customer;
  }

  private String customerCountry(int c) {
    Profile p = profileOf(c);
    return p.countries[new SplittableRandom(o.seed() * 131 + c).nextInt(p.countries.length)];
  }

  private int productOf(Kind kind, SplittableRandom r) {
    return member(kind.ordinal(), Kind.values().length, o.products(), r);
  }

  /**
   * A random one of the indices below {@code count} that are {@code ordinal} modulo {@code n}: the
   * products of a kind, or the customers of a profile, which take turns in their lists.
   */
  private static int member(int ordinal, int n, int count, SplittableRandom r) {
    return ordinal + n * r.nextInt((count - ordinal - 1) / n + 1);
  }

  private static String endUse(Profile p, SplittableRandom r) {
    return switch (p) {
      case LOGIC_FAB ->
          "{purpose: logic-ic-production, logicNodeNm: "
              + new int[] {3, 5, 7, 16, 28}[r.nextInt(5)]
              + ", militaryApplication: false}";
      case MEMORY_FAB ->
          "{purpose: memory-ic-production, memoryLayers: "
              + new int[] {176, 232, 300}[r.nextInt(3)]
              + ", militaryApplication: false}";
      case INDUSTRIAL ->
          r.nextBoolean()
              ? "{purpose: commercial, militaryApplication: false}"
              : "{purpose: automotive, militaryApplication: false}";
      case DATACENTER -> "{purpose: datacenter}";
      case GAMING_RETAIL -> "{purpose: gaming}";
      case DEFENCE -> "{purpose: military, militaryApplication: true}";
    };
  }
}
