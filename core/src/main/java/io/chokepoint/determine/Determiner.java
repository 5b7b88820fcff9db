package io.chokepoint.determine;

import io.chokepoint.classify.ChipClassifier;
import io.chokepoint.rules.Regime;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.transaction.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Determines transactions against a rule book: every regime, as of a date. It is immutable and
 * thread-safe, so the same instance serves one request, a CSV batch or a Spark partition.
 */
public final class Determiner {
  /** The engine version recorded in every determination. */
  public static final String ENGINE_VERSION = "chokepoint-0.1.0";

  /** The hash of the empty list snapshot: what a determination without screening records. */
  public static final String EMPTY_LISTS =
      "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private final RuleBook book;
  private final ChipClassifier usClassifier;
  private final Classifiers classifiers;
  private final PartyScreener screener;

  /**
   * Creates a determiner that screens no party: parties carry only the lists they state.
   *
   * @param book the rule book; without a US-EAR regime, chips are not classified
   */
  public Determiner(RuleBook book) {
    this(book, PartyScreener.NONE);
  }

  /**
   * Creates a determiner that screens every party against loaded lists.
   *
   * @param book the rule book; without a US-EAR regime, chips are not classified
   * @param screener the party screener
   */
  public Determiner(RuleBook book, PartyScreener screener) {
    this.book = book;
    this.classifiers = Classifiers.of(book);
    this.usClassifier = classifiers.chips();
    this.screener = java.util.Objects.requireNonNull(screener, "screener");
  }

  /** The same rule book with another party screener. */
  public Determiner withScreener(PartyScreener other) {
    return new Determiner(book, other);
  }

  /** The party screener. */
  public PartyScreener screener() {
    return screener;
  }

  /** The rule book. */
  public RuleBook ruleBook() {
    return book;
  }

  /**
   * The US chip classifier this determiner uses.
   *
   * @throws IllegalStateException if the rule book has no US-EAR regime
   */
  public ChipClassifier chipClassifier() {
    if (usClassifier == null) {
      throw new IllegalStateException("the rule book has no US-EAR regime to classify chips");
    }
    return usClassifier;
  }

  /**
   * The PRC material classifier this determiner uses.
   *
   * @throws IllegalStateException if the rule book has no CN-ECL regime
   */
  public io.chokepoint.classify.MaterialClassifier materialClassifier() {
    if (classifiers.materials() == null) {
      throw new IllegalStateException("the rule book has no CN-ECL regime to classify materials");
    }
    return classifiers.materials();
  }

  /**
   * Rolls a bill of materials up into every content share the rule book declares, as of a date.
   *
   * @param bom the bill of materials
   * @param asOf the date whose classifications and thresholds apply
   * @return each share with its lines and thresholds
   * @throws io.chokepoint.source.SourceException if the bill does not add up
   */
  public ContentReport content(io.chokepoint.content.BillOfMaterials bom, LocalDate asOf) {
    return ContentReport.of(book, classifiers, bom, asOf);
  }

  /**
   * Determines a transaction.
   *
   * @param t the transaction
   * @param asOf the evaluation date, or {@code null} for the transaction's date
   * @return the answer of every regime
   */
  public Determination determine(Transaction t, LocalDate asOf) {
    LocalDate day = asOf == null ? t.date() : asOf;
    List<PartyScreen> screens = new ArrayList<>(t.parties().size());
    for (int i = 0; screener != PartyScreener.NONE && i < t.parties().size(); i++) {
      screens.add(screener.screen(i, t.parties().get(i)));
    }
    TransactionFacts facts = TransactionFacts.of(t, day, classifiers, screens);
    List<RegimeDetermination> regimes = new ArrayList<>();
    Outcome overall = Outcome.NO_LICENSE_REQUIRED;
    for (Regime r : book.regimes()) {
      RegimeDetermination d =
          RegimeEvaluator.evaluate(
              r,
              facts,
              day,
              r.code().equals("US-EAR")
                  ? "item.eccn"
                  : r.code().equals("CN-ECL") ? "item.cnCodes" : null);
      regimes.add(d);
      overall = overall.max(d.outcome());
    }
    return new Determination(
        t.id(),
        day,
        book.contentHash(),
        screener.listsHash(),
        t.inputHash(),
        ENGINE_VERSION,
        overall,
        regimes,
        screens);
  }
}
