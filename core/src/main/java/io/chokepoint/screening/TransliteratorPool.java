package io.chokepoint.screening;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Lends ICU transliterators of one id to threads, one at a time each. An ICU transliterator must
 * not be shared between threads, and building one costs milliseconds (tens for {@code Any-Latin},
 * which also builds a script's transliterator the first time it meets that script). A thread-local
 * instance would cost that once per thread, and a server has hundreds; the pool holds only as many
 * as have been in use at once.
 */
final class TransliteratorPool {
  private final String id;
  private final ConcurrentLinkedQueue<Transliterator> idle = new ConcurrentLinkedQueue<>();

  TransliteratorPool(String id) {
    this.id = id;
  }

  /** {@code text} transliterated by one of the pool's transliterators. */
  String transliterate(String text) {
    Transliterator t = idle.poll();
    if (t == null) {
      t = Transliterator.getInstance(id);
    }
    try {
      return t.transliterate(text);
    } finally {
      idle.offer(t);
    }
  }
}
