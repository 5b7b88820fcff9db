package io.chokepoint.licence;

import io.chokepoint.content.Money;
import io.chokepoint.determine.Determination;
import io.chokepoint.determine.ItemResult;
import io.chokepoint.determine.OfferedException;
import io.chokepoint.determine.RegimeDetermination;
import io.chokepoint.transaction.Item;
import io.chokepoint.transaction.Party;
import io.chokepoint.transaction.Transaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Drafts the data an authority asks for from a held transaction and its determination: for BIS, the
 * License Exception NAC notification block when NAC is on offer, otherwise a licence application
 * with the BIS-748P fields; for MOFCOM, the dual-use export application with the end-user and
 * end-use certificate fields and the document checklist of the rule data.
 */
public final class ApplicationDrafter {
  private static final String NAC = "NAC";

  private ApplicationDrafter() {}

  /**
   * The filing for an authority: NAC when the determination offers it under US-EAR, else a BIS
   * licence application; the dual-use application for MOFCOM.
   *
   * @throws IllegalArgumentException for an internal approval, which has no filing
   */
  public static ApplicationForm formFor(Authority authority, Determination determination) {
    return switch (authority) {
      case BIS ->
          nac(determination).isPresent()
              ? ApplicationForm.NAC_NOTIFICATION
              : ApplicationForm.BIS_LICENCE_APPLICATION;
      case MOFCOM -> ApplicationForm.MOFCOM_DUAL_USE;
      case INTERNAL ->
          throw new IllegalArgumentException(
              "an internal approval has no application to an authority");
    };
  }

  /**
   * Drafts a filing.
   *
   * @param form the filing
   * @param tx the transaction
   * @param determination its determination
   * @param licensing the regime's {@code licensing:} rule data (review time, documents)
   * @throws IllegalArgumentException if the determination is of another transaction or has no
   *     answer for the form's regime
   */
  public static ApplicationDraft draft(
      ApplicationForm form,
      Transaction tx,
      Determination determination,
      Map<String, Object> licensing) {
    if (!tx.id().equals(determination.transaction())) {
      throw new IllegalArgumentException(
          "the determination is of " + determination.transaction() + ", not " + tx.id());
    }
    String regime = form.authority().regime();
    RegimeDetermination r = determination.regime(regime);
    Drafting d = new Drafting(tx, r);
    List<String> lines = d.lines();
    List<String> problems = new ArrayList<>();
    ReviewClock clock;
    switch (form) {
      case NAC_NOTIFICATION -> clock = nacFields(d, determination, problems);
      case BIS_LICENCE_APPLICATION -> clock = bisFields(d, licensing);
      case MOFCOM_DUAL_USE -> clock = mofcomFields(d, licensing);
      default -> throw new IllegalStateException("unhandled form " + form);
    }
    List<String> documents = new ArrayList<>();
    Object docs = licensing.get("documents");
    if (docs instanceof List<?> list) {
      list.forEach(o -> documents.add(String.valueOf(o)));
    }
    if (lines.isEmpty()) {
      problems.add("no line of the transaction is reached by " + regime);
    }
    return new ApplicationDraft(
        form, tx.id(), lines, d.fields, documents, problems, clock, terms(form, d, lines));
  }

  private static Optional<OfferedException> nac(Determination determination) {
    return determination.regimes().stream()
        .filter(r -> r.regime().equals(Authority.BIS.regime()))
        .flatMap(r -> r.exceptions().stream())
        .filter(e -> e.id().equals(NAC))
        .findFirst();
  }

  private static ReviewClock nacFields(
      Drafting d, Determination determination, List<String> problems) {
    OfferedException nac = nac(determination).orElse(null);
    if (nac == null) {
      problems.add("License Exception NAC is not on offer for this transaction");
    }
    Map<String, Object> data = nac == null ? Map.of() : nac.data();
    d.put("notification.exception", nac == null ? null : NAC, cite(nac));
    d.put("notification.licenceType", data.get("licenceType"), cite(nac));
    d.parties(problems, true);
    d.put("destination", d.tx.route().to(), "route.to");
    d.put("endUse.purpose", d.purpose(), "endUse.purpose");
    for (String id : d.lines()) {
      ItemResult ir = d.itemBasics(id, "eccn");
      String p = "items[" + id + "].";
      var chip = ir == null ? null : ir.chip();
      d.put(p + "tpp", chip == null ? null : chip.tpp(), "the chip classification (TPP)");
      d.put(
          p + "performanceDensity",
          chip == null || chip.performanceDensity() == null
              ? null
              : Math.round(chip.performanceDensity() * 100.0) / 100.0,
          "the chip classification (TPP / applicable die area)");
      d.put(
          p + "designedOrMarketedForDatacenters",
          chip == null ? null : chip.datacenter(),
          "the chip spec's datacenter flag");
      d.put(
          p + "datasheet",
          null,
          "attach the datasheet or marketing material showing datacenter versus consumer design");
    }
    Object max = data.get("maxItemsPerNotification");
    if (max instanceof Number n && d.lines().size() > n.intValue()) {
      problems.add(
          "a NAC notification covers at most "
              + n.intValue()
              + " items; this transaction has "
              + d.lines().size()
              + ": file several notifications");
    }
    Object days = data.get("reviewDays");
    return days instanceof Number n
        ? ReviewClock.calendar(
            n.intValue(),
            "reviewDays of License Exception NAC, " + nac.citation(),
            List.of("BIS may require a licence instead of NAC within the review"))
        : ReviewClock.unknown("License Exception NAC data gives no reviewDays");
  }

  private static ReviewClock bisFields(Drafting d, Map<String, Object> licensing) {
    d.put("applicant.name", d.name("exporter"), "the exporter");
    d.put("applicant.country", d.country("exporter"), "the exporter");
    d.put(
        "purchaser.name",
        d.name("purchaser"),
        "the purchaser, or state that the ultimate consignee buys");
    d.put(
        "intermediateConsignee.name",
        d.party("intermediate-consignee").map(Party::name).orElse("none"),
        "the transaction's intermediate consignee (none named means none)");
    List<String> ignored = new ArrayList<>();
    d.parties(ignored, false);
    d.put("countryOfUltimateDestination", d.tx.route().to(), "route.to");
    d.put("specificEndUse", d.purpose(), "endUse.purpose; describe the end use in full");
    for (String id : d.lines()) {
      ItemResult ir = d.itemBasics(id, "eccn");
      Item item = d.item(id);
      String p = "items[" + id + "].";
      d.put(p + "model", item.chipName(), "items[" + id + "].chip");
      d.put(
          p + "unitPrice",
          item.unitValue() == null ? null : item.unitValue().amount(),
          "items[" + id + "].unitValue");
      d.lineValue(id, "totalPrice");
      var chip = ir == null ? null : ir.chip();
      if (chip != null) {
        d.put(p + "tpp", chip.tpp(), "the chip classification (TPP)");
      }
      d.put(p + "manufacturer", null, "name the manufacturer");
    }
    d.put(
        "additionalInformation.reviewPolicy",
        d.regime.review() == null ? null : d.regime.review().name(),
        "the determination");
    d.put(
        "additionalInformation.requirementSetBy",
        d.regime.reviewBy().isEmpty() ? null : String.join(", ", d.regime.reviewBy()),
        "the determination");
    return clock(licensing, d.regime.regime());
  }

  private static ReviewClock mofcomFields(Drafting d, Map<String, Object> licensing) {
    d.put("exporter.name", d.name("exporter"), "the exporter");
    d.put("exporter.country", d.country("exporter"), "the exporter");
    d.put(
        "exporter.registrationCode",
        null,
        "the exporter's unified social credit code and dual-use export registration");
    d.put("importer.name", d.name("consignee"), "the consignee");
    d.put("importer.country", d.country("consignee"), "the consignee");
    d.put("endUser.name", d.name("end-user"), "the end user");
    d.put("endUser.country", d.country("end-user"), "the end user");
    d.put("endUser.address", null, "the end user's address");
    d.put("endUser.contact", null, "the end user's contact person and telephone");
    d.put("endUse.purpose", d.purpose(), "endUse.purpose");
    d.put("endUse.description", null, "describe the end use and where the items will be used");
    for (String id : d.lines()) {
      ItemResult ir = d.itemBasics(id, "controlCode");
      Item item = d.item(id);
      String p = "items[" + id + "].";
      List<String> hs =
          ir == null || ir.material() == null
              ? List.of()
              : ir.material().codes().stream()
                  .flatMap(c -> c.hsCodes().stream())
                  .distinct()
                  .toList();
      d.put(
          p + "hsCode",
          hs.isEmpty() ? null : String.join(",", hs),
          "the material classification's reference HS codes");
      d.lineValue(id, "value");
    }
    d.put("contract.number", null, "the contract or agreement number");
    d.put("contract.date", null, "the contract date");
    d.put("endUserCertificate.endUser", d.name("end-user"), "the end user");
    d.put("endUserCertificate.endUse", d.purpose(), "endUse.purpose");
    d.put(
        "endUserCertificate.noTransferWithoutConsent",
        null,
        "the end user's undertaking not to transfer the items to a third party or change the end"
            + " use without MOFCOM's consent");
    d.put(
        "endUserCertificate.signatory",
        null,
        "who signs the certificate for the end user, with the company seal");
    d.put("endUseCertificate.use", d.purpose(), "endUse.purpose");
    d.put("endUseCertificate.site", null, "where the items will be used");
    return clock(licensing, d.regime.regime());
  }

  /** The review clock of a regime's licensing data: working days before calendar days. */
  static ReviewClock clock(Map<String, Object> licensing, String regime) {
    List<String> more = new ArrayList<>();
    if (licensing.get("reviewTime") != null) {
      more.add("rule data: " + licensing.get("reviewTime"));
    }
    if (licensing.get("reviewWorkingDays") instanceof Number n) {
      return ReviewClock.working(n.intValue(), "licensing.reviewWorkingDays of " + regime, more);
    }
    if (licensing.get("reviewCalendarDays") instanceof Number n) {
      return ReviewClock.calendar(n.intValue(), "licensing.reviewCalendarDays of " + regime, more);
    }
    return ReviewClock.unknown("the " + regime + " rule data gives no review time");
  }

  private static String cite(OfferedException nac) {
    return nac == null ? "License Exception NAC is not offered" : nac.citation();
  }

  private static LicenceTerms terms(ApplicationForm form, Drafting d, List<String> lines) {
    String regime = form.authority().regime();
    Set<CoveredItem> items = new LinkedHashSet<>();
    BigDecimal quantity = BigDecimal.ZERO;
    BigDecimal value = BigDecimal.ZERO;
    String currency = null;
    boolean valued = true;
    for (String id : lines) {
      Item item = d.item(id);
      ItemResult ir = d.result(id);
      List<String> codes = new ArrayList<>();
      if (ir != null && ir.classification() != null) {
        for (String c : ir.classification().split(",")) {
          if (!c.isBlank() && !Set.of("UNKNOWN", "NONE", "EAR99").contains(c.trim())) {
            codes.add(c.trim());
          }
        }
      }
      if (codes.isEmpty()) {
        String desc = item.description() != null ? item.description() : id;
        items.add(new CoveredItem(null, null, desc));
      } else {
        codes.forEach(c -> items.add(new CoveredItem(regime, c, null)));
      }
      BigDecimal q = BigDecimal.valueOf(item.quantity()).stripTrailingZeros();
      quantity = quantity.add(q);
      Money unit = item.unitValue();
      if (unit == null || (currency != null && !currency.equals(unit.currency()))) {
        valued = false;
      } else {
        currency = unit.currency();
        value = value.add(unit.amount().multiply(q));
      }
    }
    List<NamedParty> consignees = new ArrayList<>();
    d.party("consignee")
        .or(() -> d.party("end-user"))
        .map(ApplicationDrafter::named)
        .ifPresent(consignees::add);
    List<NamedParty> endUsers = new ArrayList<>();
    d.party("end-user").map(ApplicationDrafter::named).ifPresent(endUsers::add);
    return new LicenceTerms(
        form.grants(),
        d.name("exporter") == null ? "(exporter not named)" : d.name("exporter"),
        List.copyOf(items),
        consignees,
        endUsers,
        Set.of(d.tx.route().to()),
        lines.isEmpty() ? null : quantity,
        valued && currency != null ? new Money(value, currency) : null);
  }

  private static NamedParty named(Party p) {
    return new NamedParty(p.name(), p.country(), p.otherNames());
  }
}
