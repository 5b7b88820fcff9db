package io.chokepoint.http;

import io.chokepoint.classify.ChipClassifier;
import io.chokepoint.classify.ChipSpec;
import io.chokepoint.classify.ChipSpecReader;
import io.chokepoint.classify.Material;
import io.chokepoint.cli.ClassifyChipCommand;
import io.chokepoint.cli.ClassifyMaterialCommand;
import io.chokepoint.determine.MaterialClassificationFormat;
import io.chokepoint.review.Role;
import io.chokepoint.source.Fields;
import io.chokepoint.source.Issues;
import io.chokepoint.source.SourceException;
import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * Classification: a chip's ECCN (docs/formats.md §3) and a material's PRC control entries (§3b) on
 * a date, as {@code chokepoint classify chip|material} prints them.
 */
final class ClassifyApi implements ApiModule {
  @Override
  public void register(Api api) {
    api.route(
        new Endpoint(
            "POST",
            "/api/classify/chip",
            Role.VIEWER,
            "classification",
            "Classify a chip under ECCN 3A090/4A090 (?asOf=DATE, default today).",
            "{chip: catalogue name or alias} or {spec: a chip spec (docs/formats.md §3.1)}"),
        call -> {
          LocalDate day = day(call);
          ChipClassifier classifier = api.services().home().engine().determiner().chipClassifier();
          return ApiValues.raw(
              call, ClassifyChipCommand.json(classifier.classify(chip(api, call), day)));
        });
    api.route(
        new Endpoint(
            "GET",
            "/api/classify/chips",
            Role.VIEWER,
            "classification",
            "Classify every catalogue chip (?asOf=DATE, default today), as classify chip --all.",
            null),
        call -> {
          LocalDate day = day(call);
          ChipClassifier classifier = api.services().home().engine().determiner().chipClassifier();
          StringJoiner all = new StringJoiner(",", "[", "]");
          for (ChipSpec s : api.services().home().catalogue().chips()) {
            all.add(ClassifyChipCommand.json(classifier.classify(s, day)));
          }
          return ApiValues.raw(call, all.toString());
        });
    api.route(
        new Endpoint(
            "POST",
            "/api/classify/material",
            Role.VIEWER,
            "classification",
            "The PRC control entries of a material (?asOf=DATE, default today).",
            "{material: {element, form, ...}} or the material mapping itself (docs/formats.md §1.5)"),
        call -> {
          LocalDate day = day(call);
          Material m =
              ClassifyMaterialCommand.read(ApiValues.tree(call), "invalid material in the body");
          var c = api.services().home().engine().determiner().materialClassifier().classify(m, day);
          return ApiValues.raw(call, MaterialClassificationFormat.toLine(c));
        });
  }

  private static LocalDate day(ApiCall call) {
    LocalDate d = call.date("asOf");
    return d != null ? d : LocalDate.now();
  }

  /** The chip the body names or describes. */
  private static ChipSpec chip(Api api, ApiCall call) {
    String name = call.optionalString("chip");
    if (name != null) {
      if (call.body().has("spec")) {
        throw ApiException.invalid("spec", "send a catalogue name (chip) or a spec, not both");
      }
      return api.services()
          .home()
          .catalogue()
          .find(name)
          .orElseThrow(
              () ->
                  ApiException.invalid(
                      "chip", "'" + name + "' is not in the chip catalogue; send a spec instead"));
    }
    if (!call.body().has("spec")) {
      throw ApiException.invalid("chip", "send a catalogue name (chip) or a chip spec (spec)");
    }
    Issues issues = new Issues();
    Fields top = Fields.of(ApiValues.tree(call), issues, null);
    Fields spec = top.requiredObject("spec");
    ChipSpec s = spec == null ? null : ChipSpecReader.read(spec.withSubject("spec"), false);
    top.end();
    if (!issues.isEmpty() || s == null) {
      throw new SourceException("invalid chip spec in the body", issues.toList());
    }
    return s;
  }
}
