package io.chokepoint.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconTest {
  @Test
  void theShippedTablesLoad() {
    NameAnalyzer a = NameAnalyzer.standard();
    assertThat(a.analyze("Open Joint Stock Company Gazprom").keyString()).isEqualTo("ojsc gazprom");
    assertThat(a.analyze("北京航空航天大学").keyString())
        .isEqualTo("beijing aeronautics astronautics university");
    assertThat(a.analyze("Imp. & Exp. Corp.").keyString()).isEqualTo("import export corp");
  }

  @Test
  void legalFormTableRejectsMalformedLinesWithFileAndLine() {
    assertThatThrownBy(
            () ->
                Lexicon.checkLegalForms(
                    "my-forms.txt", List.of("# forms", "ltd = limited", "gmbh")))
        .isInstanceOf(TableFormatException.class)
        .hasMessageStartingWith("my-forms.txt:3: ");
    assertThatThrownBy(() -> Lexicon.checkLegalForms("f.txt", List.of("ltd = limited;; ltd.")))
        .hasMessageStartingWith("f.txt:1: ")
        .hasMessageContaining("empty item");
    assertThatThrownBy(() -> Lexicon.checkLegalForms("f.txt", List.of("Co Ltd = company limited")))
        .hasMessageStartingWith("f.txt:1: ")
        .hasMessageContaining("lower-case");
    assertThatThrownBy(
            () -> Lexicon.checkLegalForms("f.txt", List.of("co = company", "corp = company")))
        .hasMessageStartingWith("f.txt:2: ")
        .hasMessageContaining("already stands for 'co'");
    assertThatThrownBy(() -> Lexicon.checkLegalForms("f.txt", List.of("ltd = ...")))
        .hasMessageContaining("empty once normalised");
    assertThat(Lexicon.checkLegalForms("f.txt", List.of("ltd [anglo] = limited; ltd.")))
        .isEqualTo(2);
  }

  @Test
  void otherTablesToo() {
    List<String> ok = List.of("ltd = limited");
    assertThatThrownBy(() -> Lexicon.of(ok, ok, List.of("colour: red"), List.of()))
        .hasMessageStartingWith("word-classes.txt:1: ")
        .hasMessageContaining("unknown class 'colour'");
    assertThatThrownBy(() -> Lexicon.of(ok, ok, List.of(), List.of("abc = letters")))
        .hasMessageStartingWith("zh-words.txt:1: ");
  }

  @Test
  void configurationRejectsUnknownSettings() {
    assertThatThrownBy(() -> MatcherConfig.fromMap(Map.of("weight.legalform", "0.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown matcher setting 'weight.legalform'");
    assertThatThrownBy(() -> MatcherConfig.fromMap(Map.of("weight.generic", "2")))
        .hasMessageContaining("GENERIC");
    assertThatThrownBy(() -> MatcherConfig.fromMap(Map.of("candidates.max", "ten")))
        .hasMessageContaining("must be a number");
    assertThat(MatcherConfig.fromMap(Map.of("weight.generic", "0.5")).weight(TokenKind.GENERIC))
        .isEqualTo(0.5);
  }
}
