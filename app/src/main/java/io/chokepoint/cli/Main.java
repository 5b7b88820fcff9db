package io.chokepoint.cli;

import io.chokepoint.source.SourceException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code chokepoint} command line. */
@Command(
    name = "chokepoint",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Export-control compliance engine for AI chips and rare earths.")
public final class Main implements Runnable {
  /** Exit code for unreadable or invalid input. */
  static final int INVALID_INPUT = 2;

  /** Exit code for a well-formed request that the rules refuse (role or state). */
  static final int REFUSED = 3;

  /** Exit code for a named record that does not exist. */
  static final int NOT_FOUND = 4;

  /** Exit code for an audit chain that does not verify (the first broken entry is named). */
  static final int AUDIT_BROKEN = 5;

  /** Exit code for an internal error. */
  static final int INTERNAL_ERROR = 1;

  @Option(
      names = "--home",
      description =
          "Chokepoint home: regulations/, data/ and var/ (default: $CHOKEPOINT_HOME or the working directory).")
  Path home;

  @Option(names = "--rules", description = "Rule-book directory (default: HOME/regulations).")
  Path rules;

  @Option(names = "--chips", description = "Chip catalogue (default: HOME/data/chips.yaml).")
  Path chips;

  @Option(
      names = "--user",
      description =
          "Who is acting, as the audit trail records it (default: $CHOKEPOINT_USER or the login name).")
  String user;

  private Home resolved;

  /** The acting user's name. */
  String userName() {
    if (user != null && !user.isBlank()) {
      return user;
    }
    String env = System.getenv("CHOKEPOINT_USER");
    return env != null && !env.isBlank() ? env : System.getProperty("user.name", "unknown");
  }

  Home home() {
    if (resolved == null) {
      resolved = new Home(home, rules, chips);
    }
    return resolved;
  }

  /** The commands, in the order the usage lists them. */
  static final List<Class<?>> COMMANDS =
      List.of(
          ApplicationCommand.class,
          AuditCommand.class,
          CheckCommand.class,
          ClassifyCommand.class,
          ClearCommand.class,
          ContentCommand.class,
          GenerateCommand.class,
          GenerateOrdersCommand.class,
          LicenceCommand.class,
          ListsCommand.class,
          RegisterCommand.class,
          ReplayCommand.class,
          RescreenCommand.class,
          ReviewCommand.class,
          RulesCommand.class,
          ScreenCommand.class,
          ServeCommand.class,
          TxCommand.class,
          UsersCommand.class,
          WhatIfCommand.class);

  /**
   * The command line over {@code main}, with the commands that {@code args} name, or all of them if
   * it names none. Building picocli's model of every command (their options and subcommands, by
   * reflection) was half a second of each start, on the way to any command; usage, help and the
   * errors for a misspelt command still see them all.
   */
  static CommandLine commandLine(Main main, String[] args) {
    CommandLine cl = new CommandLine(main);
    java.util.Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(args));
    List<Class<?>> named = COMMANDS.stream().filter(c -> words.contains(nameOf(c))).toList();
    for (Class<?> c : named.isEmpty() ? COMMANDS : named) {
      cl.addSubcommand(c);
    }
    return cl;
  }

  static String nameOf(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  @Override
  public void run() {
    commandLine(this, new String[0]).usage(System.out);
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine(new Main(), args);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, line, parse) -> {
          if (ex instanceof SourceException se) {
            line.getErr().println("chokepoint: " + se.getMessage());
            return INVALID_INPUT;
          }
          if (ex instanceof io.chokepoint.store.RefusedException re) {
            line.getErr().println("chokepoint: refused (" + re.code() + "): " + re.getMessage());
            return REFUSED;
          }
          if (ex instanceof io.chokepoint.store.NotFoundException nf) {
            line.getErr().println("chokepoint: not found: " + nf.getMessage());
            return NOT_FOUND;
          }
          line.getErr().println("chokepoint: internal error: " + ex);
          ex.printStackTrace(line.getErr());
          return INTERNAL_ERROR;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Prints the engine version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {io.chokepoint.determine.Determiner.ENGINE_VERSION};
    }
  }
}
