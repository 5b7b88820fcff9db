package io.chokepoint.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.register.RegisterChange;
import io.chokepoint.store.register.Register;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The register's writing commands. {@code receive} reads a register file (receipts, and movements
 * too); {@code move}, {@code transfer} and {@code scrap} take options, which are turned into one
 * entry of the same file form and read by the same reader, so that the options are checked exactly
 * as the file is, and an invalid one exits 2 naming its field, with nothing written.
 */
final class RegisterWriteCommands {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RegisterWriteCommands() {}

  /** The options every movement has. */
  static final class Common {
    @Parameters(index = "0", paramLabel = "HOLDING", description = "The holding's id.")
    String holding;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "When.")
    LocalDate date;

    @Option(
        names = "--quantity",
        paramLabel = "N",
        description = "How many units (default: the number of --serial).")
    Long quantity;

    @Option(
        names = "--serial",
        paramLabel = "SN",
        description = "A unit's serial number; repeat for each unit of a serial-tracked holding.")
    List<String> serials = new ArrayList<>();

    @Option(names = "--from", required = true, paramLabel = "SITE", description = "Site it leaves.")
    String from;

    @Option(names = "--reason", required = true, paramLabel = "WHY", description = "Why.")
    String reason;

    @Option(names = "--format", defaultValue = "json", description = "json or text.")
    Format format;

    @Mixin StoreOptions store = new StoreOptions();

    Map<String, Object> entry(String kind) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", kind);
      m.put("holding", holding);
      m.put("date", date.toString());
      if (quantity != null) {
        m.put("quantity", quantity);
      }
      if (!serials.isEmpty()) {
        m.put("serials", serials);
      }
      m.put("from", from);
      m.put("reason", reason);
      return m;
    }
  }

  /** The options of a movement that may come under a licence or transaction. */
  static final class Cover {
    @Option(names = "--licence", paramLabel = "NO", description = "The licence it moves under.")
    String licence;

    @Option(
        names = "--transaction",
        paramLabel = "ID",
        description = "The transaction it belongs to.")
    String transaction;

    void into(Map<String, Object> m) {
      if (licence != null) {
        m.put("licence", licence);
      }
      if (transaction != null) {
        m.put("transaction", transaction);
      }
    }
  }

  static int recordOne(
      RegisterCommand parent, Common c, Map<String, Object> entry, boolean screen) {
    Register register = parent.register(c.store);
    String text;
    try {
      text = JSON.writeValueAsString(Map.of("movements", List.of(entry)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the options as a register entry", e);
    }
    List<RegisterChange> changes = parent.fileReader(register).parse(text, "options");
    return parent.record(c.store, changes, screen, c.format);
  }

  /** {@code register receive FILE}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "receive",
      description =
          "Record receipts (and any movements) from a register file, YAML or JSON, all or nothing.")
  static final class Receive implements Callable<Integer> {
    @ParentCommand RegisterCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The register file.")
    Path file;

    @Option(names = "--format", defaultValue = "json", description = "json or text.")
    Format format;

    @Option(names = "--no-screening", description = "Do not screen transfer counterparties.")
    boolean noScreening;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
      Register register = parent.register(store);
      List<RegisterChange> changes = parent.fileReader(register).read(file, file.toString());
      return parent.record(store, changes, !noScreening, format);
    }
  }

  /** {@code register move HOLDING --from SITE --to SITE [--to-country CC] ...}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "move",
      description = "Record a move between two of the register's sites, checked for a licence.")
  static final class Move implements Callable<Integer> {
    @ParentCommand RegisterCommand parent;

    @Mixin Common common = new Common();

    @Mixin Cover cover = new Cover();

    @Option(names = "--to", required = true, paramLabel = "SITE", description = "Site it reaches.")
    String to;

    @Option(
        names = "--to-country",
        paramLabel = "CC",
        description = "The country of --to, needed the first time the site is named.")
    String toCountry;

    @Override
    public Integer call() {
      Map<String, Object> m = common.entry("moved");
      m.put("to", toCountry == null ? to : Map.of("name", to, "country", toCountry));
      cover.into(m);
      return recordOne(parent, common, m, false);
    }
  }

  /** {@code register transfer HOLDING --to-party NAME --to-country CC ...}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "transfer",
      description = "Record a transfer to another party, screened and checked for a licence.")
  static final class Transfer implements Callable<Integer> {
    @ParentCommand RegisterCommand parent;

    @Mixin Common common = new Common();

    @Mixin Cover cover = new Cover();

    @Option(names = "--to-party", required = true, paramLabel = "NAME", description = "Receiver.")
    String party;

    @Option(
        names = "--to-country",
        required = true,
        paramLabel = "CC",
        description = "Where the receiver takes the units.")
    String country;

    @Option(
        names = "--to-headquarters",
        paramLabel = "CC",
        description = "The receiver's headquarters or ultimate parent's country.")
    String headquarters;

    @Option(
        names = "--end-use",
        paramLabel = "PURPOSE",
        description = "The receiver's declared end use (default: the holding's).")
    String endUse;

    @Option(names = "--no-screening", description = "Do not screen the receiver.")
    boolean noScreening;

    @Override
    public Integer call() {
      Map<String, Object> m = common.entry("transferred");
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("name", party);
      p.put("country", country);
      if (headquarters != null) {
        p.put("headquarters", headquarters);
      }
      m.put("to", p);
      if (endUse != null) {
        m.put("endUse", endUse);
      }
      cover.into(m);
      return recordOne(parent, common, m, !noScreening);
    }
  }

  /** {@code register scrap HOLDING --from SITE ...}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "scrap",
      description = "Record units destroyed or written off.")
  static final class Scrap implements Callable<Integer> {
    @ParentCommand RegisterCommand parent;

    @Mixin Common common = new Common();

    @Override
    public Integer call() {
      return recordOne(parent, common, common.entry("scrapped"), false);
    }
  }
}
