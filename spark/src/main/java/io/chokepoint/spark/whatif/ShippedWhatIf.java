package io.chokepoint.spark.whatif;

import io.chokepoint.determine.PartyScreener;
import io.chokepoint.licence.Balance;
import io.chokepoint.licence.LicenceMatcher;
import io.chokepoint.licence.LicenceReader;
import io.chokepoint.spark.engine.FileTree;
import io.chokepoint.spark.engine.PerJvm;
import io.chokepoint.spark.engine.ShippedLists;
import io.chokepoint.spark.engine.ShippedRuleBook;
import io.chokepoint.whatif.Catalogue;
import io.chokepoint.whatif.CatalogueReader;
import io.chokepoint.whatif.Exposure;
import io.chokepoint.whatif.Order;
import io.chokepoint.whatif.OrderBook;
import io.chokepoint.whatif.OrderReader;
import io.chokepoint.whatif.OrderResult;
import io.chokepoint.whatif.Scenario;
import io.chokepoint.whatif.ScenarioReader;
import io.chokepoint.whatif.WhatIf;
import io.chokepoint.whatif.WhatIfSetup;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * A what-if run packed to be broadcast: the rule book (baseline; a scenario's law changes are
 * loaded over the same files), the lists parties are screened against, and the texts of the
 * scenario, the catalogue, the order book and the licences. Each JVM (the driver's and every
 * executor's) prepares the core's {@link WhatIf} from them once, as {@code chokepoint whatif} does
 * ({@link WhatIfSetup#prepare}); tasks run the orders of their partition with {@link WhatIf#run}
 * and sum them with {@link Exposure#of}, and the driver adds the partitions' sums in partition
 * order with {@link Exposure#merge}.
 */
public final class ShippedWhatIf implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Orders per partition, at most. */
  static final int PARTITION = 256;

  private static final PerJvm<Prepared> PREPARED = new PerJvm<>(2);

  private final ShippedRuleBook rules;
  private final ShippedLists lists;
  private final Text scenario;
  private final Text catalogue;
  private final Text orders;
  private final List<Text> licences;
  private final LocalDate asOf;
  private final String key;

  /** A file's text and the name it is reported by. */
  record Text(String name, String text) implements Serializable {}

  /**
   * A prepared run and its orders.
   *
   * @param run the run
   * @param book the order book, orders included
   */
  public record Prepared(WhatIf run, OrderBook book) {}

  private ShippedWhatIf(
      ShippedRuleBook rules,
      ShippedLists lists,
      Text scenario,
      Text catalogue,
      Text orders,
      List<Text> licences,
      LocalDate asOf) {
    this.rules = rules;
    this.lists = lists;
    this.scenario = scenario;
    this.catalogue = catalogue;
    this.orders = orders;
    this.licences = List.copyOf(licences);
    this.asOf = asOf;
    this.key = key();
  }

  /**
   * Packs a run on the driver.
   *
   * @param rules the activated rule book and chip catalogue
   * @param lists the lists every party is screened against, or {@code null} for none
   * @param scenario the scenario file
   * @param catalogue the product catalogue file
   * @param orders the order book file
   * @param licences licence files whose exhaustion to report
   * @param asOf the evaluation date of a side that names none, or {@code null}
   * @return the packed run
   */
  public static ShippedWhatIf of(
      ShippedRuleBook rules,
      ShippedLists lists,
      Path scenario,
      Path catalogue,
      Path orders,
      List<Path> licences,
      LocalDate asOf) {
    List<Text> l = new ArrayList<>();
    licences.forEach(p -> l.add(text(p)));
    return new ShippedWhatIf(
        Objects.requireNonNull(rules, "rules"),
        lists,
        text(scenario),
        text(catalogue),
        text(orders),
        l,
        asOf);
  }

  /**
   * The run prepared in this JVM, once per packed run.
   *
   * @throws io.chokepoint.source.SourceException if an input is invalid
   */
  public Prepared prepared() {
    return PREPARED.get(key, this::prepare);
  }

  /**
   * Runs every order in Spark partitions and sums the results.
   *
   * @param spark the session
   * @return the sum over every order, as {@code Exposure.of} over all of them gives
   */
  public Exposure run(SparkSession spark) {
    int n = prepared().book().orders().size();
    List<Integer> indexes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      indexes.add(i);
    }
    int slices =
        Math.max(
            1,
            Math.max(spark.sparkContext().defaultParallelism(), (n + PARTITION - 1) / PARTITION));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<ShippedWhatIf> b = jsc.broadcast(this);
    try {
      List<Exposure> sums =
          jsc.parallelize(indexes, Math.min(slices, Math.max(1, n)))
              .mapPartitions(
                  it -> {
                    Prepared p = b.value().prepared();
                    List<OrderResult> results = new ArrayList<>();
                    while (it.hasNext()) {
                      Order o = p.book().orders().get(it.next());
                      results.add(p.run().run(o));
                    }
                    return List.of(Exposure.of(results)).iterator();
                  })
              .collect();
      Exposure total = Exposure.NONE;
      for (Exposure e : sums) {
        total = total.merge(e);
      }
      return total;
    } finally {
      b.destroy();
    }
  }

  private Prepared prepare() {
    ShippedRuleBook.Engine engine = rules.engine();
    PartyScreener screener = rules.determiner(lists).screener();
    Path dir;
    try {
      dir = Files.createTempDirectory("chokepoint-whatif-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary folder for the rule book", e);
    }
    try {
      Path rulesDir = dir.resolve("regulations");
      rules.writeRules(rulesDir);
      Scenario s = ScenarioReader.parse(scenario.text(), scenario.name());
      CatalogueReader catalogueReader = new CatalogueReader(engine.reader());
      Catalogue products = catalogueReader.parse(catalogue.text(), catalogue.name());
      OrderBook book =
          new OrderReader(engine.reader(), products).parse(orders.text(), orders.name());
      List<LicenceMatcher.Standing> standings = new ArrayList<>();
      for (Text t : licences) {
        LicenceReader.parse(t.text(), t.name())
            .forEach(l -> standings.add(new LicenceMatcher.Standing(l, Balance.ZERO)));
      }
      WhatIf run =
          WhatIfSetup.prepare(
              s,
              new WhatIfSetup.Inputs(
                  rulesDir,
                  engine.ruleBook(),
                  screener,
                  products,
                  catalogueReader,
                  book,
                  asOf,
                  standings));
      return new Prepared(run, book);
    } finally {
      FileTree.deleteQuietly(dir);
    }
  }

  private String key() {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      List<Text> all = new ArrayList<>(List.of(scenario, catalogue, orders));
      all.addAll(licences);
      for (Text t : all) {
        d.update((t.name() + "\u0000" + t.text() + "\u0000").getBytes(StandardCharsets.UTF_8));
      }
      d.update(String.valueOf(asOf).getBytes(StandardCharsets.UTF_8));
      return String.join(
          "|",
          rules.ruleBookHash(),
          lists == null ? "-" : lists.contentHash(),
          HexFormat.of().formatHex(d.digest()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Text text(Path p) {
    try {
      return new Text(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
