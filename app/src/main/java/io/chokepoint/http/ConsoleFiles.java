package io.chokepoint.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The web console's files ({@code console/} on the classpath), read into memory once and served at
 * the root, {@code /} being {@code index.html}. Jetty's static-file handler would mount the whole
 * application jar as a file system to find them, most of the HTTP server's start; these are
 * fourteen small files. Each answer carries an ETag, and a browser that has the file gets 304.
 */
final class ConsoleFiles {
  private static final String ROOT = "console/";

  /** One file: its bytes, content type and entity tag. */
  private record File(byte[] bytes, String contentType, String etag) {}

  private final Map<String, File> byPath;

  private ConsoleFiles(Map<String, File> byPath) {
    this.byPath = byPath;
  }

  /**
   * Reads the console's files from the jar or folder the application's classes come from.
   *
   * @throws UncheckedIOException if they cannot be read
   * @throws IllegalStateException if there are none
   */
  static ConsoleFiles load() {
    URL index = ConsoleFiles.class.getClassLoader().getResource(ROOT + "index.html");
    if (index == null) {
      throw new IllegalStateException("the console's files are not on the classpath");
    }
    Map<String, File> files = new TreeMap<>();
    try {
      if (index.getProtocol().equals("jar")) {
        String spec = index.getPath();
        Path jar = Path.of(new URL(spec.substring(0, spec.indexOf("!/"))).toURI());
        try (JarFile j = new JarFile(jar.toFile())) {
          for (JarEntry e : java.util.Collections.list(j.entries())) {
            if (e.getName().startsWith(ROOT) && !e.isDirectory()) {
              try (InputStream in = j.getInputStream(e)) {
                add(files, e.getName().substring(ROOT.length()), in.readAllBytes());
              }
            }
          }
        }
      } else {
        Path dir = Path.of(index.toURI()).getParent();
        try (Stream<Path> s = Files.walk(dir)) {
          for (Path p : s.filter(Files::isRegularFile).toList()) {
            add(files, dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    files.put("/", files.get("/index.html"));
    return new ConsoleFiles(Map.copyOf(files));
  }

  private static void add(Map<String, File> files, String relative, byte[] bytes) {
    files.put("/" + relative, new File(bytes, contentType(relative), etag(bytes)));
  }

  private static String contentType(String name) {
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    } else if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    } else if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    } else if (name.endsWith(".svg")) {
      return "image/svg+xml";
    } else if (name.endsWith(".png")) {
      return "image/png";
    }
    return "application/octet-stream";
  }

  private static String etag(byte[] bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + HexFormat.of().formatHex(d, 0, 8) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds a GET and a HEAD route for each file. */
  void register(JavalinConfig cfg) {
    byPath.forEach(
        (path, file) -> {
          cfg.routes.get(path, ctx -> serve(ctx, file, true));
          cfg.routes.head(path, ctx -> serve(ctx, file, false));
        });
  }

  private static void serve(Context ctx, File file, boolean body) {
    ctx.header("ETag", file.etag());
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(file.contentType());
    if (file.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
    } else if (body) {
      ctx.result(file.bytes());
    } else {
      ctx.header("Content-Length", Integer.toString(file.bytes().length));
    }
  }
}
