package io.chokepoint.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.testing.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped catalogue covers the reference chips, with a source for every figure. */
class ChipCatalogueTest {
  private final ChipCatalogue catalogue = ProjectFiles.catalogue();

  @Test
  void everyChipOfTheReferenceTableIsInTheCatalogue() throws IOException {
    List<String> lines =
        Files.readAllLines(
            ProjectFiles.shared().resolve("reference/chips.csv"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String name =
          line.startsWith("\"")
              ? line.substring(1, line.indexOf('"', 1))
              : line.substring(0, line.indexOf(','));
      if (catalogue.find(name).isEmpty()) {
        missing.add(name);
      }
    }
    assertThat(missing)
        .as("chips of ../shared/reference/chips.csv missing from data/chips.yaml")
        .isEmpty();
    assertThat(lines.size() - 1).isGreaterThanOrEqualTo(28);
  }

  @Test
  void everyGivenFigureHasASourceAndUncertainFieldsAreGivenOnes() {
    for (ChipSpec c : catalogue.chips()) {
      if (c.dieAreaMm2() != null) {
        assertThat(c.sources()).as(c.id()).containsKey("dieAreaMm2");
      }
      if (!c.throughput().isEmpty()) {
        assertThat(c.sources()).as(c.id()).containsKey("throughput");
      }
      if (c.memoryBandwidthGBps() != null) {
        assertThat(c.sources()).as(c.id()).containsKey("memoryBandwidthGBps");
      }
      if (c.interconnectGBps() != null) {
        assertThat(c.sources()).as(c.id()).containsKey("interconnectGBps");
      }
      for (String u : c.uncertain()) {
        assertThat(c.sources())
            .as(c.id() + " uncertain field " + u + " needs a source note")
            .containsKey(u);
      }
    }
  }

  @Test
  void findsByIdNameAndAliasIgnoringCase() {
    assertThat(catalogue.find("nvidia-h100-sxm5")).isPresent();
    assertThat(catalogue.find("NVIDIA H100 SXM5").map(ChipSpec::id)).contains("nvidia-h100-sxm5");
    assertThat(catalogue.find("h100 sxm").map(ChipSpec::id)).contains("nvidia-h100-sxm5");
    assertThat(catalogue.find("no such chip")).isEmpty();
  }
}
