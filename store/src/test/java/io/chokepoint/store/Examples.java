package io.chokepoint.store;

import io.chokepoint.determine.Determination;
import io.chokepoint.determine.Determiner;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.testing.ProjectFiles;
import io.chokepoint.transaction.Transaction;
import io.chokepoint.transaction.TransactionReader;

/** Real transactions and their real determinations under the shipped rule book, for store tests. */
final class Examples {
  private static RuleBook book;
  private static Determiner determiner;

  private Examples() {}

  static synchronized Determiner determiner() {
    if (determiner == null) {
      book = RuleBookLoader.load(ProjectFiles.regulations());
      determiner = new Determiner(book);
    }
    return determiner;
  }

  /** Reads one transaction from YAML text. */
  static Transaction transaction(String yaml) {
    determiner();
    return new TransactionReader(ProjectFiles.catalogue(), book.declaredFacts())
        .parse(yaml, "test.yaml")
        .get(0);
  }

  static Determination determine(Transaction t) {
    return determiner().determine(t, null);
  }

  /** Eight H100s from the US to a datacenter in Shanghai: LICENSE_REQUIRED under the EAR. */
  static String h100ToShanghai(String id, int quantity) {
    return """
        id: %s
        date: 2024-03-01
        route: {from: US, to: CN}
        parties:
          - {role: exporter, name: Pacific Compute Distribution Inc., country: US}
          - {role: end-user, name: "Shanghai Yunhai Datacenter Co., Ltd.", country: CN, headquarters: CN}
        endUse: {purpose: datacenter}
        items:
          - id: L1
            description: NVIDIA H100 SXM5 80GB module
            quantity: %d
            unitValue: {amount: 25000.00, currency: USD}
            chip: NVIDIA H100 SXM
        """
        .formatted(id, quantity);
  }

  /** H100s sold to a datacenter in the US: the reference shipments of a China share cap. */
  static String h100ToUs(String id, int quantity) {
    return """
        id: %s
        date: 2026-01-28
        route: {from: US, to: US}
        parties:
          - {role: exporter, name: Pacific Compute Distribution Inc., country: US}
          - {role: end-user, name: Cascade Cloud Services LLC, country: US, headquarters: US}
        endUse: {purpose: datacenter}
        items:
          - id: L1
            description: NVIDIA H100 SXM5 80GB module
            quantity: %d
            unitValue: {amount: 25000.00, currency: USD}
            chip: NVIDIA H100 SXM
        """
        .formatted(id, quantity);
  }

  /** A 3A090 chip from the US to a datacenter in Germany. */
  static String h100ToGermany(String id) {
    return """
        id: %s
        date: 2024-03-01
        route: {from: US, to: DE}
        parties:
          - {role: exporter, name: Pacific Compute Distribution Inc., country: US}
          - {role: end-user, name: Rhein Rechenzentrum GmbH, country: DE, headquarters: DE}
        endUse: {purpose: datacenter}
        items:
          - id: L1
            description: NVIDIA H100 SXM5 80GB module
            quantity: 4
            unitValue: {amount: 25000.00, currency: USD}
            chip: NVIDIA H100 SXM
            origin: US
            madeWithChineseRareEarthTechnology: false
            bom:
              - {part: die, origin: US, value: {amount: 25000.00, currency: USD}}
        """
        .formatted(id);
  }
}
