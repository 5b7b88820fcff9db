package io.chokepoint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The YAML and JSON reader: one document per file, problems with their positions. */
class SourceReaderTest {
  @Test
  void aSecondYamlDocumentIsAnErrorNotSilentlyDropped() {
    String text = "---\nid: A\n---\nid: B\n";
    assertThatThrownBy(() -> SourceReader.parse(text, "two.yaml"))
        .isInstanceOfSatisfying(
            SourceException.class,
            e -> {
              assertThat(e.issues())
                  .singleElement()
                  .satisfies(
                      i -> {
                        assertThat(i.position().file()).isEqualTo("two.yaml");
                        // The parser reports the second document's first token.
                        assertThat(i.position().line()).isEqualTo(4);
                        assertThat(i.message()).contains("second document", "transactions:");
                      });
            });
  }

  @Test
  void oneDocumentWithALeadingMarkerReads() {
    assertThat(SourceReader.parse("---\nid: A\n", "one.yaml")).isNotNull();
  }

  @Test
  void trailingJsonIsAnError() {
    assertThatThrownBy(() -> SourceReader.parse("{\"id\": 1} {\"id\": 2}", "two.json"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("second document");
  }

  @Test
  void anEmptyDocumentIsAnError() {
    assertThatThrownBy(() -> SourceReader.parse("", "empty.yaml"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("the document is empty");
  }
}
