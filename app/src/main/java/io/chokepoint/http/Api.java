package io.chokepoint.http;

import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import io.chokepoint.source.Issue;
import io.chokepoint.source.SourceException;
import io.chokepoint.store.NotFoundException;
import io.chokepoint.store.RefusedException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API: the endpoints the modules declare, each behind its role, with errors as JSON and
 * metrics per endpoint. Authentication is by API token ({@code Authorization: Bearer …}); a token
 * acts as its user with the user's current role.
 */
public final class Api {
  /** The largest request body accepted: 4 MiB, enough for a large transaction with its BOMs. */
  public static final long MAX_BODY = 4L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(Api.class);

  /** What an endpoint does with a call: returns the JSON body, or writes the response itself. */
  @FunctionalInterface
  public interface Handler {
    /** Handles the call; a non-null result is sent as JSON with status 200. */
    Object handle(ApiCall call) throws Exception;
  }

  private final CompletableFuture<Services> services;
  private final TokenCache tokenCache;
  private final List<Endpoint> endpoints = new ArrayList<>();
  private final List<Consumer<JavalinConfig>> routes = new ArrayList<>();
  private final PrometheusMeterRegistry metrics =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final ComputeGate gate = ComputeGate.ofCores();

  /** Creates the API over the services, with the given modules' endpoints. */
  public Api(Services services, List<ApiModule> modules) {
    this(CompletableFuture.completedFuture(services), modules);
  }

  /**
   * Creates the API over services still being built, so that the server can start listening while
   * they are: until they are, {@code /ready} answers 503 and other requests wait for them.
   */
  public Api(CompletableFuture<Services> services, List<ApiModule> modules) {
    this.services = services;
    this.tokenCache = new TokenCache(() -> services().store().apiTokens());
    metrics.gauge("chokepoint_http_waiting", gate, ComputeGate::waiting);
    metrics.gauge("chokepoint_http_workers", gate, ComputeGate::size);
    modules.forEach(m -> m.register(this));
  }

  /**
   * The services endpoints call, waiting for them if they are still being built.
   *
   * @throws java.util.concurrent.CompletionException if they could not be built
   */
  public Services services() {
    return services.join();
  }

  /** Whether the services are built: the server is ready. */
  public boolean ready() {
    return services.isDone() && !services.isCompletedExceptionally();
  }

  /** Every declared endpoint, in order. */
  public List<Endpoint> endpoints() {
    return List.copyOf(endpoints);
  }

  /** The metrics registry. */
  public PrometheusMeterRegistry metrics() {
    return metrics;
  }

  /**
   * Declares an endpoint.
   *
   * @param e what it is, its path and role
   * @param handler what it does
   */
  public void route(Endpoint e, Handler handler) {
    endpoints.add(e);
    io.javalin.http.Handler h = ctx -> call(e, handler, ctx);
    routes.add(
        cfg -> {
          switch (e.method()) {
            case "GET" -> cfg.routes.get(e.path(), h);
            case "POST" -> cfg.routes.post(e.path(), h);
            case "DELETE" -> cfg.routes.delete(e.path(), h);
            default -> throw new IllegalArgumentException("method " + e.method());
          }
        });
  }

  private void call(Endpoint e, Handler handler, Context ctx) throws Exception {
    Timer.Sample sample = Timer.start(metrics);
    String outcome = "ok";
    try {
      Actor actor = e.role() == null ? null : authorise(e, ctx);
      // health, readiness and metrics answer at once, even while the workers are busy
      Object result =
          e.role() == null
              ? handler.handle(new ApiCall(ctx, actor))
              : gate.run(() -> handler.handle(new ApiCall(ctx, actor)));
      if (result != null) {
        // A handler that chose its status (201 or 200 for a resubmission, 409 for a recorded
        // rejection) keeps it; otherwise the endpoint's declared status is the answer's.
        if (ctx.status().getCode() == 200) {
          ctx.status(e.status());
        }
        ctx.json(result);
      }
    } catch (RuntimeException ex) {
      outcome = "error";
      throw ex;
    } finally {
      sample.stop(
          metrics.timer(
              "chokepoint_http_requests",
              "method",
              e.method(),
              "path",
              e.path(),
              "outcome",
              outcome));
    }
  }

  private Actor authorise(Endpoint e, Context ctx) {
    String header = ctx.header("Authorization");
    String token =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).trim()
            : null;
    Optional<Actor> actor = token == null ? Optional.empty() : tokenCache.authenticate(token);
    if (actor.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(
          401,
          "UNAUTHENTICATED",
          token == null
              ? "send an API token: Authorization: Bearer <token> (chokepoint users token NAME)"
              : "the token is not known or was revoked",
          "Authorization");
    }
    if (!actor.get().role().atLeast(e.role())) {
      throw new ApiException(
          403,
          "ROLE",
          actor.get().name()
              + " is "
              + actor.get().role().name().toLowerCase()
              + "; "
              + e.method()
              + " "
              + e.path()
              + " needs "
              + e.role().name().toLowerCase(),
          null);
    }
    return actor.get();
  }

  /** Builds the server (not started), with the console's files from the classpath. */
  public Javalin build() {
    return Javalin.create(
        cfg -> {
          cfg.startup.showJavalinBanner = false;
          cfg.http.maxRequestSize = MAX_BODY;
          ConsoleFiles.load().register(cfg);
          routes.forEach(r -> r.accept(cfg));
          cfg.routes.exception(ApiException.class, (ex, ctx) -> error(ctx, ex));
          cfg.routes.exception(
              SourceException.class,
              (ex, ctx) -> {
                Issue first = ex.issues().isEmpty() ? null : ex.issues().get(0);
                Map<String, Object> body =
                    errorBody("INVALID_INPUT", ex.getMessage(), field(first));
                List<Map<String, Object>> issues = new ArrayList<>();
                for (Issue i : ex.issues()) {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("field", field(i));
                  m.put("line", i.position() == null ? null : i.position().line());
                  m.put("message", i.message());
                  issues.add(m);
                }
                body.put("issues", issues);
                ctx.status(400).json(Map.of("error", body));
              });
          cfg.routes.exception(
              RefusedException.class,
              (ex, ctx) ->
                  error(
                      ctx,
                      new ApiException(
                          ex.code().equals("ROLE") || ex.code().equals("FOUR_EYES") ? 403 : 409,
                          ex.code(),
                          ex.getMessage(),
                          null)));
          cfg.routes.exception(
              NotFoundException.class,
              (ex, ctx) -> error(ctx, new ApiException(404, "NOT_FOUND", ex.getMessage(), null)));
          cfg.routes.exception(
              Exception.class,
              (ex, ctx) -> {
                LOG.error("internal error on {} {}", ctx.method(), ctx.path(), ex);
                error(ctx, new ApiException(500, "INTERNAL", "internal error: " + ex, null));
              });
          cfg.routes.error(
              404,
              "*",
              ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                  ctx.json(
                      Map.of(
                          "error",
                          errorBody("NOT_FOUND", "no such endpoint: " + ctx.path(), null)));
                }
              });
          cfg.routes.error(
              413,
              "*",
              ctx ->
                  ctx.json(
                      Map.of(
                          "error",
                          errorBody(
                              "TOO_LARGE",
                              "the body is larger than " + MAX_BODY + " bytes",
                              null))));
        });
  }

  private static String field(Issue i) {
    return i == null ? null : i.subject() == null ? i.field() : i.subject() + "." + i.field();
  }

  private static void error(Context ctx, ApiException ex) {
    ctx.status(ex.status())
        .json(Map.of("error", errorBody(ex.code(), ex.getMessage(), ex.field())));
  }

  private static Map<String, Object> errorBody(String code, String message, String field) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("message", message);
    m.put("field", field);
    return m;
  }

  /** Whether a role may call an endpoint. */
  static boolean allows(Endpoint e, Role r) {
    return e.role() == null || (r != null && r.atLeast(e.role()));
  }
}
