package io.chokepoint.http;

import io.chokepoint.content.BillOfMaterials;
import io.chokepoint.content.BomFiles;
import io.chokepoint.determine.ContentReportFormat;
import io.chokepoint.review.Role;
import java.time.LocalDate;

/**
 * Content roll-up: a bill of materials in, its Chinese rare-earth share (the PRC 0.1% rule) and US
 * de minimis content out, as {@code chokepoint content} prints them (docs/formats.md §4).
 */
final class ContentApi implements ApiModule {
  @Override
  public void register(Api api) {
    api.route(
        new Endpoint(
            "POST",
            "/api/content",
            Role.VIEWER,
            "classification",
            "Roll a bill of materials up into its content shares (?asOf=DATE, default today).",
            "a BOM: {item: {description, unitValue, bom: [...]}} (docs/formats.md §4.1)"),
        call -> {
          LocalDate d = call.date("asOf");
          call.body(); // BAD_JSON before the reader's own errors
          BillOfMaterials bom = BomFiles.parse(call.text(), ApiValues.BODY);
          var report =
              api.services()
                  .home()
                  .engine()
                  .determiner()
                  .content(bom, d != null ? d : LocalDate.now());
          return ApiValues.raw(call, ContentReportFormat.toLine(report));
        });
  }
}
