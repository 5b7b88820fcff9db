package io.chokepoint.http;

import io.chokepoint.review.Actor;
import io.chokepoint.store.ApiTokens;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers recent token checks for a few seconds, so that a busy client does not cost a hash and a
 * database query per request. A revoked token, or a changed role, takes effect within {@link
 * #TTL_NANOS}; unknown tokens are not remembered, so a new token works at once.
 */
final class TokenCache {
  /** How long a check is trusted: 10 seconds. */
  static final long TTL_NANOS = 10_000_000_000L;

  /** The most tokens remembered; past it the cache starts afresh rather than grow. */
  private static final int MAX = 10_000;

  private record Entry(Actor actor, long until) {}

  // read when the first token is checked: a server may listen before its database is open
  private final java.util.function.Supplier<ApiTokens> tokens;
  private final ConcurrentHashMap<String, Entry> recent = new ConcurrentHashMap<>();

  TokenCache(java.util.function.Supplier<ApiTokens> tokens) {
    this.tokens = tokens;
  }

  Optional<Actor> authenticate(String token) {
    long now = System.nanoTime();
    Entry e = recent.get(token);
    if (e != null && now - e.until() < 0) {
      return Optional.of(e.actor());
    }
    Optional<Actor> actor = tokens.get().authenticate(token);
    if (actor.isPresent()) {
      if (recent.size() >= MAX) {
        recent.clear();
      }
      recent.put(token, new Entry(actor.get(), now + TTL_NANOS));
    } else {
      recent.remove(token);
    }
    return actor;
  }
}
