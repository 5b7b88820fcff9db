package io.chokepoint.http;

import io.chokepoint.cli.ReplayCommand;
import io.chokepoint.review.Role;

/**
 * Replay: a recorded determination made again from its recorded input, as of its date, under
 * today's rule book and the server's active lists, as {@code chokepoint replay} prints it
 * (docs/formats.md §14.4).
 */
final class ReplayApi implements ApiModule {
  @Override
  public void register(Api api) {
    api.route(
        new Endpoint(
            "GET",
            "/api/replay/{id}",
            Role.VIEWER,
            "determination",
            "Replay a determination (its number, or a transaction id for its current one):"
                + " identical byte for byte, or what differs.",
            null),
        call -> {
          Services s = api.services();
          return ReplayCommand.replay(s.home(), s.store(), s.determiner(), call.path("id")).json();
        });
  }
}
