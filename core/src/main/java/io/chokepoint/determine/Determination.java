package io.chokepoint.determine;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer for one transaction as of one date, across every regime, with the identities that make
 * it replayable: the rule-book hash, the list-snapshot hash, the input hash and the engine version.
 *
 * @param transaction the transaction id
 * @param asOf the evaluation date
 * @param rulebook the rule book's content hash
 * @param lists the list snapshot's content hash
 * @param input the hash of the transaction as written
 * @param engine the engine version
 * @param overall the strictest outcome over the regimes
 * @param regimes one answer per regime, sorted by regime code
 * @param screening each party's screening against the lists, in party order (empty without lists)
 */
public record Determination(
    String transaction,
    LocalDate asOf,
    String rulebook,
    String lists,
    String input,
    String engine,
    Outcome overall,
    List<RegimeDetermination> regimes,
    List<PartyScreen> screening) {
  public Determination {
    regimes = List.copyOf(regimes);
    screening = List.copyOf(screening);
  }

  /** A determination without screening. */
  public Determination(
      String transaction,
      LocalDate asOf,
      String rulebook,
      String lists,
      String input,
      String engine,
      Outcome overall,
      List<RegimeDetermination> regimes) {
    this(transaction, asOf, rulebook, lists, input, engine, overall, regimes, List.of());
  }

  /** The answer of one regime. */
  public RegimeDetermination regime(String code) {
    return regimes.stream()
        .filter(r -> r.regime().equals(code))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no regime " + code + " in the determination"));
  }
}
