package io.chokepoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists reach CEL marked as already adapted. If a cel-java upgrade removes the internal marker,
 * this test says so (conditions still work, only slower).
 */
class CelListsTest {
  @Test
  @SuppressWarnings("unchecked")
  void aListIsMarkedAndKeepsItsElements() {
    List<String> lists = List.of("US-EL", "CN-ECL");

    Object adapted = CelLists.adapt(lists);

    assertThat(adapted).isNotSameAs(lists).isInstanceOf(List.class);
    assertThat(adapted.getClass().getName()).isEqualTo("dev.cel.common.values.CelPreAdaptedList");
    assertThat((List<Object>) adapted).containsExactly("US-EL", "CN-ECL");
  }

  @Test
  void otherValuesPassUnchanged() {
    assertThat(CelLists.adapt("CN")).isEqualTo("CN");
    assertThat(CelLists.adapt(4800.0)).isEqualTo(4800.0);
    assertThat(CelLists.adapt(null)).isNull();
  }
}
