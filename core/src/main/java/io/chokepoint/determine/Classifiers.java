package io.chokepoint.determine;

import io.chokepoint.classify.ChipClassifier;
import io.chokepoint.classify.MaterialClassifier;
import io.chokepoint.rules.Regime;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.ShareSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The classifiers a determination uses: US chips (ECCN, {@code item.eccn}), PRC materials (control
 * codes, {@code item.cnCodes}) and the content shares the regimes declare ({@code item.share.*}).
 *
 * @param chips the US-EAR chip classifier, or {@code null} without a US-EAR regime
 * @param materials the CN-ECL material classifier, or {@code null} without a CN-ECL regime
 * @param shares every declared content share with the material classifier of its regime
 */
record Classifiers(ChipClassifier chips, MaterialClassifier materials, List<Share> shares) {

  /**
   * A content share and the classifier that decides its lines' codes.
   *
   * @param spec the share
   * @param materials the classifier of the regime that declares it
   */
  record Share(ShareSpec spec, MaterialClassifier materials) {}

  static Classifiers of(RuleBook book) {
    ChipClassifier chips = book.regime("US-EAR").map(ChipClassifier::new).orElse(null);
    MaterialClassifier cn = book.regime("CN-ECL").map(MaterialClassifier::new).orElse(null);
    List<Share> shares = new ArrayList<>();
    for (Regime r : book.regimes()) {
      MaterialClassifier mc = r.code().equals("CN-ECL") ? cn : new MaterialClassifier(r);
      r.shares().values().forEach(s -> shares.add(new Share(s, mc)));
    }
    return new Classifiers(chips, cn, List.copyOf(shares));
  }
}
