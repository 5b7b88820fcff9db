package io.chokepoint.http;

import io.chokepoint.determine.Determination;
import io.chokepoint.determine.DeterminationJson;
import io.chokepoint.review.Role;
import io.chokepoint.transaction.Transaction;
import java.util.List;

/**
 * Determinations: a transaction (docs/formats.md §1, as JSON) in, its determination (§2) out,
 * screened against the active lists, as {@code chokepoint check --no-store} answers. Nothing is
 * recorded: recording is {@code POST /api/transactions}.
 */
final class CheckApi implements ApiModule {
  @Override
  public void register(Api api) {
    api.route(
        new Endpoint(
            "POST",
            "/api/check",
            Role.VIEWER,
            "determination",
            "Determine a transaction in every regime (?asOf=DATE), without recording it.",
            "a transaction (docs/formats.md §1) as JSON"),
        call -> {
          call.body(); // 400 for bad JSON before the reader's own errors
          List<Transaction> txs =
              api.services().transactionReader().parse(call.source(), ApiValues.BODY);
          if (txs.size() != 1) {
            throw ApiException.invalid(
                "transactions", "send one transaction per request, not " + txs.size());
          }
          Determination d = api.services().determiner().determine(txs.get(0), call.date("asOf"));
          call.context().contentType("application/json").result(DeterminationJson.toLine(d));
          return null;
        });
  }
}
