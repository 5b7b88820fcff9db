package io.chokepoint.determine;

import java.util.List;
import java.util.Map;

/**
 * A licence exception that may be used instead of a licence, with what using it requires.
 *
 * @param id the exception id, e.g. NAC
 * @param title its title
 * @param citation where it comes from
 * @param notificationRequired whether the authority must be notified first
 * @param data further fixed data, e.g. the licence type for the export filing
 * @param notification what a notification must carry
 * @param figures per item, the figures a notification reports (TPP, performance density)
 */
public record OfferedException(
    String id,
    String title,
    String citation,
    boolean notificationRequired,
    Map<String, Object> data,
    List<String> notification,
    List<Map<String, Object>> figures) {
  public OfferedException {
    data = Map.copyOf(data);
    notification = List.copyOf(notification);
    figures = List.copyOf(figures);
  }
}
