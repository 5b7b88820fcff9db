package io.chokepoint.cli;

import io.chokepoint.review.Actor;
import io.chokepoint.store.Store;
import io.chokepoint.store.licence.LedgerResult;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The base of command groups whose subcommands read and write the store (licence, application). */
final class StoreCommands {
  private StoreCommands() {}

  /** A command whose subcommands work on the store: it prints their usage when run bare. */
  abstract static class Group implements Runnable {
    @ParentCommand Main main;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  /** What every subcommand has: the parent, the output and the database. */
  abstract static class Sub implements Callable<Integer> {
    @ParentCommand Group parent;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", description = "json (default) or text.")
    Format format = Format.json;

    @Mixin StoreOptions store = new StoreOptions();

    Store db() {
      return parent.main.home().store(store);
    }

    Actor actor() {
      return db().users().actor(parent.main.userName());
    }

    int print(Object json, List<String> text) {
      ListsCommand.print(spec.commandLine().getOut(), format, json, text);
      return 0;
    }

    int printResult(String licence, String kind, LedgerResult r) {
      print(LicenceCli.result(licence, kind, r), LicenceCli.resultText(licence, kind, r));
      return LicenceCli.code(r);
    }
  }
}
