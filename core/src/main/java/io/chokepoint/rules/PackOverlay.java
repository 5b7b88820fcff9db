package io.chokepoint.rules;

import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import java.util.Map;

/**
 * A change to the parsed pack files of a rule book, made before anything is compiled: how a what-if
 * scenario varies the law (a suspension that ends earlier, a threshold that moves) without editing
 * the packs. The rule book that results is loaded and validated like any other, so a change that
 * breaks a pack (a suspension outside its rule's dates) is rejected with the rule book, and it has
 * its own content hash, so determinations under it never pass for determinations under the packs.
 */
public interface PackOverlay {
  /** No change: the packs as written. */
  PackOverlay NONE =
      new PackOverlay() {
        @Override
        public Map<String, Node> apply(Map<String, Node> packs, Issues issues) {
          return packs;
        }

        @Override
        public String identity() {
          return "";
        }
      };

  /**
   * Rewrites the pack files.
   *
   * @param packs every pack file that parsed, by its path relative to the rule-book root with
   *     forward slashes (e.g. {@code cn-ecl/rare-earths.yaml}), in path order
   * @param issues where problems with the overlay itself go (a change that matches nothing), each
   *     naming the overlay's own file, line and field
   * @return the files after the change, with the same keys
   */
  Map<String, Node> apply(Map<String, Node> packs, Issues issues);

  /**
   * The overlay in a canonical text form, hashed into the rule book's content hash after the pack
   * files; empty for no change.
   */
  String identity();
}
