package io.chokepoint.http;

import io.chokepoint.determine.Determiner;
import io.chokepoint.review.Role;
import io.chokepoint.rules.Regime;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.store.Figures;
import io.chokepoint.store.licence.StoredLicence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's dashboard in one request: determinations by outcome per week, the transactions by
 * status, the list entries screening hits most, the licences nearest exhaustion, and the list
 * snapshot and rule book in force.
 */
final class DashboardApi implements ApiModule {
  /** A licence is near exhaustion from this share used. */
  static final double NEAR_EXHAUSTION = 0.5;

  @Override
  public void register(Api api) {
    api.route(
        new Endpoint(
            "GET",
            "/api/dashboard",
            Role.VIEWER,
            "dashboard",
            "Determinations by outcome per week (?weeks=12), transactions by status, top screening"
                + " hits, licences near exhaustion, the lists and rule book in force.",
            null),
        call -> {
          int weeks = call.integer("weeks", 12, 1, 520);
          Services s = api.services();
          Figures figures = new Figures(s.store().jdbi());
          Map<String, Object> m = new LinkedHashMap<>();
          List<Object> series = new ArrayList<>();
          figures
              .outcomesByWeek(LocalDate.now(), weeks)
              .forEach(
                  (week, counts) -> series.add(Map.of("week", week.toString(), "counts", counts)));
          m.put("outcomesByWeek", series);
          Map<String, Long> statuses = new LinkedHashMap<>();
          s.store().transactions().countByStatus().forEach((k, v) -> statuses.put(k.name(), v));
          m.put("transactionsByStatus", statuses);
          m.put("topHits", figures.topHits(10));
          List<Object> near = new ArrayList<>();
          s.store().licences().all().stream()
              .filter(l -> LicenceViewApi.used(l) != null)
              .filter(l -> LicenceViewApi.used(l) >= NEAR_EXHAUSTION)
              .sorted(Comparator.comparing((StoredLicence l) -> LicenceViewApi.used(l)).reversed())
              .forEach(l -> near.add(LicenceViewApi.json(l)));
          m.put("licencesNearExhaustion", near);
          Map<String, Object> lists = new LinkedHashMap<>();
          lists.put("hash", s.lists().contentHash());
          lists.put("asOf", s.lists().asOf() == null ? null : s.lists().asOf().toString());
          lists.put("entries", s.lists().entries().size());
          lists.put("counts", s.lists().counts());
          m.put("lists", lists);
          RuleBook book = s.home().engine().ruleBook();
          Map<String, Object> rules = new LinkedHashMap<>();
          rules.put("hash", book.contentHash());
          rules.put("engine", Determiner.ENGINE_VERSION);
          List<Object> regimes = new ArrayList<>();
          for (Regime r : book.regimes()) {
            regimes.add(
                Map.of("regime", r.code(), "packs", r.packs().size(), "rules", r.rules().size()));
          }
          rules.put("regimes", regimes);
          m.put("rulebook", rules);
          return m;
        });
  }
}
