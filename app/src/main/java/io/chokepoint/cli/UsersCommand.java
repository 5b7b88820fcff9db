package io.chokepoint.cli;

import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import io.chokepoint.store.Store;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint users add|list}: who may act, in which role. On a new database the first user
 * to act becomes its admin.
 */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Add and list users (viewer, officer, admin).",
    subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Token.class})
final class UsersCommand {
  @ParentCommand Main main;

  /** {@code users add NAME --role R}. */
  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user (admin only).")
  static final class Add implements Callable<Integer> {
    @ParentCommand UsersCommand users;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The user's name.")
    String name;

    @Option(names = "--role", required = true, description = "viewer, officer or admin.")
    String role;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
      Role r;
      try {
        r = Role.parse(role);
      } catch (IllegalArgumentException e) {
        throw RecordJson.invalid("--role", e.getMessage());
      }
      if (name.isBlank() || name.contains("\n")) {
        throw RecordJson.invalid("NAME", "a user name must be a non-blank single line");
      }
      Store db = users.main.home().store(store);
      Actor by = db.users().actor(users.main.userName());
      Actor added = db.users().add(by, name, r);
      spec.commandLine().getOut().println(RecordJson.line(json(added)));
      return 0;
    }
  }

  /** {@code users token NAME [--label L]}: an API token, shown once. */
  @Command(
      name = "token",
      mixinStandardHelpOptions = true,
      description = "Make an API token for a user (admin, or the user for themselves); shown once.")
  static final class Token implements Callable<Integer> {
    @ParentCommand UsersCommand users;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The user the token acts as.")
    String name;

    @Option(names = "--label", description = "What the token is for, e.g. erp-prod.")
    String label;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
      Store db = users.main.home().store(store);
      Actor by = db.users().actor(users.main.userName());
      String token = db.apiTokens().create(by, name, label);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("user", name);
      m.put("token", token);
      spec.commandLine().getOut().println(RecordJson.line(m));
      return 0;
    }
  }

  /** {@code users list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users.")
  static final class ListUsers implements Callable<Integer> {
    @ParentCommand UsersCommand users;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      users
          .main
          .home()
          .store(store)
          .users()
          .all()
          .forEach(a -> out.println(RecordJson.line(json(a))));
      return 0;
    }
  }

  private static Map<String, Object> json(Actor a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", a.name());
    m.put("role", a.role().name().toLowerCase());
    return m;
  }
}
