package io.chokepoint.screening;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The rarity factor of each index key, pinned: what {@link ListScreener} multiplies a token's kind
 * weight by. A screener computes these from the list it indexes (a word in many names weighs less),
 * so that adding one entry nudges the weight of every common word a little; a screener built with
 * pinned weights uses these instead, so that a score depends only on the query, the entry and these
 * weights. Bulk rescreens keep one set of weights across list deltas, which is what makes a delta
 * rescreen exact (see {@code docs/rescreen.md}).
 *
 * <p>Only keys whose factor is below 1 are held; any other key weighs 1. Immutable, thread-safe and
 * serialisable.
 */
public final class TokenWeights implements Serializable {
  private static final long serialVersionUID = 1L;

  private final TreeMap<String, Float> rarity;
  private final String hash;

  private TokenWeights(Map<String, Float> rarity) {
    this.rarity = new TreeMap<>(rarity);
    this.hash = hashOf(this.rarity);
  }

  /**
   * Weights from a map of key to rarity factor.
   *
   * @param rarity the factor of each key, each in (0, 1]; keys at 1 may be left out
   * @return the weights
   * @throws IllegalArgumentException if a factor is outside (0, 1] or a key is blank
   * @throws NullPointerException if the map, a key or a factor is null
   */
  public static TokenWeights of(Map<String, Float> rarity) {
    Map<String, Float> kept = new TreeMap<>();
    for (Map.Entry<String, Float> e : Objects.requireNonNull(rarity, "rarity").entrySet()) {
      String key = Objects.requireNonNull(e.getKey(), "key");
      float f = Objects.requireNonNull(e.getValue(), "rarity of " + key);
      if (key.isBlank()) {
        throw new IllegalArgumentException("a weighted key is blank");
      }
      if (!(f > 0 && f <= 1)) {
        throw new IllegalArgumentException(
            String.format("the rarity of '%s' must lie in (0, 1], was %s", key, f));
      }
      if (f < 1) {
        kept.put(key, f);
      }
    }
    return new TokenWeights(kept);
  }

  /** The rarity factor of {@code key}: 1 unless held. */
  public float rarity(String key) {
    Float f = rarity.get(key);
    return f == null ? 1f : f;
  }

  /** The keys whose factor is below 1, with their factors, sorted by key. */
  public Map<String, Float> below1() {
    return Collections.unmodifiableMap(rarity);
  }

  /** How many keys weigh less than 1. */
  public int size() {
    return rarity.size();
  }

  /**
   * {@code sha256:} and the hex digest of the sorted {@code key=factor} lines: two sets of weights
   * with the same hash weigh every key alike.
   */
  public String hash() {
    return hash;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TokenWeights w && w.rarity.equals(rarity);
  }

  @Override
  public int hashCode() {
    return rarity.hashCode();
  }

  @Override
  public String toString() {
    return "TokenWeights[" + rarity.size() + " keys below 1, " + hash + "]";
  }

  private static String hashOf(TreeMap<String, Float> rarity) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, Float> e : rarity.entrySet()) {
        // Float.toString reads back to the same float, so the text is the value
        d.update((e.getKey() + "=" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return "sha256:" + HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }
}
