package io.chokepoint.whatif;

import io.chokepoint.source.Position;
import java.time.LocalDate;
import java.util.List;

/**
 * One change a scenario makes to the law: to a suspension, a parameter, a named set or a rule's
 * dates. Changes are applied to the parsed pack files ({@link LawOverlay}), so the rule book that
 * results is validated like the shipped one. Each names where it is written, for errors.
 */
public sealed interface LawChange
    permits LawChange.SuspensionChange,
        LawChange.ParameterChange,
        LawChange.SetChange,
        LawChange.ValidityChange {

  /** Where the change is written in the scenario file. */
  Position at();

  /** The change in one line, for the report; also the change's identity in the rule-book hash. */
  String describe();

  /**
   * A change to the suspensions by one instrument: a new last day, a confirmed end, or no
   * suspension at all.
   *
   * @param instrument the suspending instrument, exactly as the packs write it
   * @param rules the rules (or classification entries) whose suspensions change; empty: every one
   *     suspended by the instrument
   * @param to the new last suspended day, or {@code null} to keep it
   * @param endConfirmed whether the end is now confirmed, or {@code null} to keep it
   * @param lifted whether the suspension is removed altogether
   * @param at where the change is written
   */
  record SuspensionChange(
      String instrument,
      List<String> rules,
      LocalDate to,
      Boolean endConfirmed,
      boolean lifted,
      Position at)
      implements LawChange {
    public SuspensionChange {
      rules = List.copyOf(rules);
    }

    @Override
    public String describe() {
      String which = rules.isEmpty() ? "every rule" : String.join(", ", rules);
      if (lifted) {
        return "suspension by " + instrument + " of " + which + ": lifted";
      }
      return "suspension by "
          + instrument
          + " of "
          + which
          + ":"
          + (to == null ? "" : " last day " + to)
          + (endConfirmed == null ? "" : endConfirmed ? ", end confirmed" : ", end not confirmed");
    }
  }

  /**
   * A new value of a numeric parameter over a window of days; the old values outside the window
   * stay.
   *
   * @param regime the regime that declares it, or {@code null} when only one does
   * @param name the parameter's name, as conditions read it ({@code params.<name>})
   * @param value the new value
   * @param from the first day of the new value
   * @param to the last day, or {@code null} for every day after {@code from}
   * @param source where the value comes from, shown in answers
   * @param at where the change is written
   */
  record ParameterChange(
      String regime,
      String name,
      double value,
      LocalDate from,
      LocalDate to,
      String source,
      Position at)
      implements LawChange {
    @Override
    public String describe() {
      return (regime == null ? "" : regime + " ")
          + "params."
          + name
          + " = "
          + Nodes.number(at, "", value).text()
          + " from "
          + from
          + (to == null ? "" : " to " + to);
    }
  }

  /**
   * Members added to or removed from a named set (a country group) over a window of days.
   *
   * @param regime the regime that declares it, or {@code null} when only one does
   * @param name the set's name ({@code sets.<name>})
   * @param add members added
   * @param remove members removed
   * @param from the first day of the change
   * @param to the last day, or {@code null} for every day after {@code from}
   * @param at where the change is written
   */
  record SetChange(
      String regime,
      String name,
      List<String> add,
      List<String> remove,
      LocalDate from,
      LocalDate to,
      Position at)
      implements LawChange {
    public SetChange {
      add = List.copyOf(add);
      remove = List.copyOf(remove);
    }

    @Override
    public String describe() {
      return (regime == null ? "" : regime + " ")
          + "sets."
          + name
          + (add.isEmpty() ? "" : " + " + add)
          + (remove.isEmpty() ? "" : " - " + remove)
          + " from "
          + from
          + (to == null ? "" : " to " + to);
    }
  }

  /**
   * New effective dates of a rule or classification entry.
   *
   * @param rule the id
   * @param from the new first day, or {@code null} to keep it
   * @param to the new last day, or {@code null} to keep it (unless {@code openEnded})
   * @param openEnded whether the rule no longer has a last day
   * @param at where the change is written
   */
  record ValidityChange(String rule, LocalDate from, LocalDate to, boolean openEnded, Position at)
      implements LawChange {
    @Override
    public String describe() {
      return "validity of "
          + rule
          + ":"
          + (from == null ? "" : " from " + from)
          + (to == null ? "" : " to " + to)
          + (openEnded ? " with no last day" : "");
    }
  }
}
