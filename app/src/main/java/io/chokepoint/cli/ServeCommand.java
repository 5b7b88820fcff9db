package io.chokepoint.cli;

import io.chokepoint.http.ApiServer;
import io.chokepoint.http.DemoData;
import io.chokepoint.http.Services;
import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import io.chokepoint.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint serve}: the HTTP API and the web console on one port, bound to loopback unless
 * told otherwise. On the first run against a database with no API token, it makes one for the admin
 * and prints it once; against a database with no records, it loads the demo records ({@link
 * DemoData}) unless {@code --no-demo}. A new embedded database that got the demo records is kept,
 * before the token is made, for the next new one ({@link DemoData#key}).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the HTTP API and the web console.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", defaultValue = "7070", description = "Port (0: any free one).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: loopback only).")
  String bind;

  @Option(names = "--no-demo", description = "Do not load the demo records into an empty database.")
  boolean noDemo;

  @Option(
      names = "--exit-when-ready",
      hidden = true,
      description =
          "Stop as soon as the server is ready (bin/chokepoint's class-sharing training).")
  boolean exitWhenReady;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Home home = main.home();
    // A new embedded database is made from the one holding the demo records that an earlier start
    // kept under the same key (the same build, day, administrator and files), instead of loading
    // them again: loading took a first start about 1.7 s.
    Path dir = home.embeddedDir(store);
    boolean isNew = dir != null && !Store.embeddedExists(dir);
    Path demoBackup = null;
    boolean restored = false;
    if (isNew && !noDemo) {
      String key = DemoData.key(home, main.userName());
      if (key != null) {
        demoBackup = home.demoDatabase(key);
        restored = Store.restoreNew(dir, demoBackup);
      }
    }
    // The HTTP server starts listening on its own thread while the services are built; until they
    // are, and the demo records are in, /ready answers 503 and other requests wait.
    CompletableFuture<Services> built = new CompletableFuture<>();
    CompletableFuture<ApiServer> listening =
        CompletableFuture.supplyAsync(
            () -> ApiServer.start(built, bind, port),
            r -> new Thread(r, "chokepoint-http-start").start());
    Services services;
    try {
      services = services(home, out, isNew, restored, demoBackup);
    } catch (Exception | Error e) {
      built.completeExceptionally(e);
      // a server that started listening is stopped; one that could not start has nothing to stop
      listening.thenAccept(ApiServer::close).exceptionally(x -> null).join();
      throw e;
    }
    built.complete(services);
    ApiServer server = Determining.join(listening);
    // Counted from the process's start, JVM start-up included: what a person waiting sees.
    long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    out.printf(
        "Chokepoint serving on http://%s:%d/ (API under /api, OpenAPI at /openapi.json),"
            + " ready %.1f s after start%n",
        bind, server.port(), uptime / 1e3);
    out.flush();
    services.warmUpInBackground();
    try {
      services.rememberForNextStart().forEach(out::println);
    } catch (java.io.IOException e) {
      spec.commandLine().getErr().println("Could not keep the lists for the next start: " + e);
    }
    out.flush();
    if (exitWhenReady) {
      server.close();
      return 0;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  /**
   * The services over the database, with the admin's first token made and the demo records loaded
   * into a new database, or found there when it was made from a kept one ({@code restored}).
   */
  private Services services(
      Home home, PrintWriter out, boolean isNew, boolean restored, Path demoBackup)
      throws java.io.IOException {
    AtomicReference<DemoData.Prepared> demo = new AtomicReference<>();
    Services services =
        new Services(
            home,
            store,
            (db, lists) -> {
              if (!noDemo && DemoData.empty(db)) {
                demo.set(prepareDemo(db, lists, out));
              }
              if (demo.get() == null) {
                firstRunToken(db, out);
              }
            });
    if (demo.get() != null) {
      DemoData.Loaded d = DemoData.submit(services, demo.get());
      // kept before the admin's token is made: the backup holds nobody's secret
      if (isNew && demoBackup != null) {
        services.store().keepBackup(demoBackup);
      }
      out.printf(
          "Empty database: loaded the demo records (%d transactions, %d on hold,"
              + " %d licences, submitted by '%s'); --no-demo skips this%n",
          d.transactions(), d.held(), d.licences(), DemoData.USER);
      firstRunToken(services.store(), out);
    } else if (restored) {
      DemoData.Loaded d = DemoData.Loaded.in(services.store());
      out.printf(
          "Empty database: loaded the demo records (%d transactions, %d on hold,"
              + " %d licences, submitted by '%s') as an earlier start kept them in %s;"
              + " --no-demo skips this%n",
          d.transactions(), d.held(), d.licences(), DemoData.USER, demoBackup);
    }
    return services;
  }

  /** The demo's user, licences and list history, or null when they are not loaded. */
  private DemoData.Prepared prepareDemo(
      Store db, io.chokepoint.lists.ListSnapshot lists, PrintWriter out) {
    Actor admin = db.users().actor(main.userName());
    if (admin.role() != Role.ADMIN) {
      out.println("The database is empty; demo records are loaded only when an admin serves.");
      return null;
    }
    try {
      return DemoData.prepare(db, main.home().root(), lists, admin).orElse(null);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void firstRunToken(Store db, PrintWriter out) {
    if (db.apiTokens().any()) {
      return;
    }
    Actor admin = db.users().actor(main.userName());
    if (admin.role() != Role.ADMIN) {
      return;
    }
    String token = db.apiTokens().create(admin, admin.name(), "first run");
    out.println("First run: an API token for " + admin.name() + " (admin), shown only now:");
    out.println("  " + token);
    out.println("Keep it; make more with: chokepoint users token NAME");
  }
}
