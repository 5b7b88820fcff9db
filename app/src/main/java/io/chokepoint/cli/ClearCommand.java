package io.chokepoint.cli;

import io.chokepoint.determine.ClearedMatches;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.ReviewedNonMatch;
import io.chokepoint.source.Issue;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint clear NAME --entry ID --by WHO --reason WHY [--country CC]}: records that a
 * party is not the listed entry it matched (a reviewed non-match). From then on {@code check}
 * counts that match for nothing, until the entry changes in the lists.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "clear",
    description = "Record a reviewed non-match: the party is not this list entry.")
final class ClearCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "NAME",
      description = "The party's name as transactions write it.")
  String name;

  @Option(
      names = "--country",
      paramLabel = "CC",
      description = "The party's country (ISO alpha-2).")
  String country;

  @Option(
      names = "--entry",
      required = true,
      paramLabel = "ID",
      description = "The list entry's id.")
  String entryId;

  @Option(names = "--by", required = true, paramLabel = "WHO", description = "Who reviewed it.")
  String reviewer;

  @Option(
      names = "--reason",
      required = true,
      paramLabel = "WHY",
      description = "Why it is not the entry.")
  String reason;

  @Option(names = "--lists", paramLabel = "PATH", description = "More list files or folders.")
  List<Path> lists = new ArrayList<>();

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    ListSnapshot snapshot = main.home().lists(lists);
    ListEntry entry =
        snapshot
            .entry(entryId)
            .orElseThrow(
                () ->
                    new SourceException(
                        "nothing was recorded",
                        List.of(
                            new Issue(
                                Position.ofFile("--entry"),
                                null,
                                "--entry",
                                "no entry "
                                    + entryId
                                    + " in the active lists "
                                    + snapshot.contentHash()))));
    ReviewedNonMatch review =
        ReviewedNonMatch.of(
            ClearedMatches.partyKey(name, country), entry, reviewer, reason, Instant.now());
    main.home().store(store).reviewedNonMatches().record(review);
    spec.commandLine()
        .getOut()
        .printf(
            "cleared: '%s'%s is not %s %s '%s' (reviewed by %s: %s); it lapses when the entry"
                + " changes (fingerprint %s)%n",
            name,
            country == null ? "" : " (" + country + ")",
            entry.list(),
            entry.id(),
            entry.name(),
            reviewer,
            reason,
            review.entryFingerprint().substring(0, 12));
    return 0;
  }
}
