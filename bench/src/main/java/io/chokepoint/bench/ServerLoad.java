package io.chokepoint.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load test of a running {@code chokepoint serve} on loopback (run by {@code bin/load}): a
 * bounded number of requests from a fixed number of client threads, for {@code POST /api/screen}
 * (1,000 seeded names cycling: listed, misspelt, not listed) and {@code POST /api/check} (the
 * three-item shipment). Prints throughput and latency percentiles, and the server's resident set
 * size (VmRSS and its peak VmHWM) read from /proc.
 *
 * <p>Arguments: base URL, token, server pid, requests per endpoint, client threads.
 */
public final class ServerLoad {
  private ServerLoad() {}

  /** Runs the load test. */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--bodies")) {
      writeBodies(Path.of(args[1]));
      return;
    }
    String base = args[0];
    String token = args[1];
    String pid = args[2];
    int requests = Integer.parseInt(args[3]);
    int threads = Integer.parseInt(args[4]);
    List<String> screenBodies = screenBodies();
    String checkBody = checkBody();
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(threads))
            .build();
    System.out.printf(
        "server %s, %d requests per endpoint, %d client threads, %d distinct names%n",
        base, requests, threads, screenBodies.size());
    run("warm-up screen", http, base + "/api/screen", token, screenBodies, requests, threads);
    run("warm-up check", http, base + "/api/check", token, List.of(checkBody), requests, threads);
    run("screen", http, base + "/api/screen", token, screenBodies, requests, threads);
    run("check", http, base + "/api/check", token, List.of(checkBody), requests, threads);
    for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
      if (line.startsWith("VmRSS") || line.startsWith("VmHWM")) {
        System.out.println("server " + line.replaceAll("\\s+", " "));
      }
    }
    System.exit(0);
  }

  /**
   * Writes the request bodies for an external client (wrk): {@code screen.jsonl}, one screen body
   * per line for the same seeded names, and {@code check.json}, the three-item shipment.
   */
  private static void writeBodies(Path dir) throws Exception {
    Files.createDirectories(dir);
    Files.write(dir.resolve("screen.jsonl"), screenBodies());
    Files.writeString(dir.resolve("check.json"), checkBody());
  }

  /** One {@code POST /api/screen} body per seeded name: listed, misspelt, not listed. */
  private static List<String> screenBodies() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> bodies = new ArrayList<>();
    for (String n : ScreeningCorpus.queries(ScreeningCorpus.shipped())) {
      bodies.add(json.writeValueAsString(Map.of("name", n)));
    }
    return bodies;
  }

  /** The three-item shipment as a {@code POST /api/check} body. */
  private static String checkBody() throws Exception {
    return new ObjectMapper(new YAMLFactory()).readTree(Bench.THREE_ITEMS).toString();
  }

  private static void run(
      String label,
      HttpClient http,
      String url,
      String token,
      List<String> bodies,
      int requests,
      int threads)
      throws Exception {
    long[] micros = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(
          pool.submit(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                  HttpRequest r =
                      HttpRequest.newBuilder(URI.create(url))
                          .header("Authorization", "Bearer " + token)
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size())))
                          .build();
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
                    if (resp.statusCode() != 200) {
                      failures.incrementAndGet();
                    }
                  } catch (Exception e) {
                    failures.incrementAndGet();
                  }
                  micros[i] = (System.nanoTime() - t0) / 1000;
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%-15s %7d requests in %6.2f s: %8.0f req/s; latency p50 %6.2f ms, p90 %6.2f ms, p99 %6.2f"
            + " ms, max %6.2f ms; %d failed%n",
        label,
        requests,
        seconds,
        requests / seconds,
        pct(sorted, 0.50),
        pct(sorted, 0.90),
        pct(sorted, 0.99),
        sorted[sorted.length - 1] / 1000.0,
        failures.get());
  }

  private static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1000.0;
  }
}
