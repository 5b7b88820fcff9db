package io.chokepoint.http;

import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;

/**
 * The running HTTP server: the API and the console, on one port, bound to loopback unless told
 * otherwise.
 */
public final class ApiServer implements AutoCloseable {
  private final Javalin app;
  private final Api api;

  private ApiServer(Javalin app, Api api) {
    this.app = app;
    this.api = api;
  }

  /** The modules every server has. */
  public static List<ApiModule> modules() {
    List<ApiModule> all = new ArrayList<>();
    all.add(new SystemApi());
    all.add(new ScreeningApi());
    all.add(new CheckApi());
    all.add(new TransactionApi());
    all.add(new ClassifyApi());
    all.add(new ContentApi());
    all.add(new LicenceApi());
    all.add(new ApplicationApi());
    all.add(new ListsApi());
    all.add(new AuditApi());
    all.add(new ReplayApi());
    all.add(new RegisterApi());
    all.add(new UsersApi());
    all.add(new LicenceViewApi());
    all.add(new RulesApi());
    all.add(new DashboardApi());
    return all;
  }

  /**
   * Starts a server.
   *
   * @param services what the endpoints use
   * @param host the address to bind, e.g. {@code 127.0.0.1}
   * @param port the port, 0 for any free one
   */
  public static ApiServer start(Services services, String host, int port) {
    return start(java.util.concurrent.CompletableFuture.completedFuture(services), host, port);
  }

  /**
   * Starts the server over services still being built ({@link Api#Api(
   * java.util.concurrent.CompletableFuture, List)}): the HTTP server's own start overlaps theirs.
   */
  public static ApiServer start(
      java.util.concurrent.CompletableFuture<Services> services, String host, int port) {
    Api api = new Api(services, modules());
    Javalin app = api.build().start(host, port);
    return new ApiServer(app, api);
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** The API. */
  public Api api() {
    return api;
  }

  @Override
  public void close() {
    app.stop();
  }
}
