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

  @Test
  void jsonReadByTheJsonParserGivesTheTreeTheYamlParserGives() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper yaml =
        new com.fasterxml.jackson.databind.ObjectMapper(
            new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    int read = 0;
    try (var files =
        java.nio.file.Files.list(io.chokepoint.testing.ProjectFiles.root().resolve("examples"))) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        String json = yaml.readTree(java.nio.file.Files.readString(f)).toString();
        assertThat(shape(SourceReader.parseJson(json, "request body")))
            .as(f.toString())
            .isEqualTo(shape(SourceReader.parse(json, "request body")));
        read++;
      }
    }
    assertThat(read).isGreaterThan(5);
  }

  @Test
  void textThatIsYamlButNotJsonIsASyntaxErrorAsJson() {
    assertThatThrownBy(() -> SourceReader.parseJson("id: A\n", "request body"))
        .isInstanceOfSatisfying(
            SourceException.class,
            e ->
                assertThat(e.issues())
                    .singleElement()
                    .satisfies(
                        i -> {
                          assertThat(i.position().file()).isEqualTo("request body");
                          assertThat(i.message()).startsWith("syntax error");
                        }));
  }

  /** A node's paths, kinds, texts and scalar types, without positions. */
  private static String shape(Node n) {
    StringBuilder s = new StringBuilder();
    if (n instanceof Node.MapNode m) {
      s.append('{');
      m.fields().forEach((k, v) -> s.append(k).append('=').append(shape(v)).append(','));
      return s.append('}').toString();
    }
    if (n instanceof Node.ListNode l) {
      s.append('[');
      l.elements().forEach(e -> s.append(shape(e)).append(','));
      return s.append(']').toString();
    }
    Node.ScalarNode sc = (Node.ScalarNode) n;
    return sc.path() + ":" + sc.type() + ":" + sc.text();
  }
}
