package io.chokepoint.lists;

import static io.chokepoint.lists.ListFixtures.load;
import static io.chokepoint.lists.ListFixtures.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries added, removed and changed between two snapshots, matched by id. */
class ListDeltaTest {
  private static final String HEADER = "id,list,name,aliases,country,source,notes\n";

  @TempDir Path tmp;

  private ListSnapshot lists(String name, String rows) throws IOException {
    return load(Files.writeString(tmp.resolve(name), HEADER + rows));
  }

  @Test
  void addedRemovedAndChangedEntriesWithTheFieldsThatDiffer() throws IOException {
    ListSnapshot before =
        lists(
            "before.csv",
            "A,X,Alpha Co.,,CN,Ann. 1,\n"
                + "B,X,Beta Co.,BETA,CN,Ann. 1,\n"
                + "C,X,Gamma Co.,,US,Ann. 1,listed\n");
    ListSnapshot after =
        lists(
            "after.csv",
            "C,X,Gamma Co.,,US,Ann. 1,measures suspended\n"
                + "B,X,Beta Co.,BETA; 贝塔,CN,Ann. 1,\n"
                + "D,X,Delta Co.,,JP,Ann. 2,\n"
                + "E,X,Epsilon Co.,,JP,Ann. 2,\n");
    ListDelta d = ListDelta.between(before, after);
    assertThat(d.added()).extracting(ListEntry::id).containsExactly("D", "E");
    assertThat(d.removed()).extracting(ListEntry::id).containsExactly("A");
    assertThat(d.changed())
        .extracting(c -> c.after().id(), ListDelta.Change::fields)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("B", java.util.List.of("aliases")),
            org.assertj.core.groups.Tuple.tuple("C", java.util.List.of("details.notes")));
    assertThat(d.changed().get(0).before().aliases()).containsExactly("BETA");
    assertThat(d.changed().get(0).after().aliases()).containsExactly("BETA", "贝塔");
    assertThat(d.isEmpty()).isFalse();
  }

  @Test
  void anEntryMovedToAnotherLineIsNotAChange() throws IOException {
    ListSnapshot before = lists("before.csv", "A,X,Alpha Co.,,CN,,\nB,X,Beta Co.,,CN,,\n");
    ListSnapshot after = lists("after.csv", "\nB,X,Beta Co.,,CN,,\nA,X,Alpha Co.,,CN,,\n");
    assertThat(ListDelta.between(before, after).isEmpty()).isTrue();
  }

  @Test
  void everyFieldThatDiffersIsNamed() throws IOException {
    ListSnapshot before = lists("before.csv", "A,X,Alpha Co.,,CN,Ann. 1,\n");
    ListSnapshot after = lists("after.csv", "A,Y,Alpha Ltd.,,HK,Ann. 2,note\n");
    assertThat(ListDelta.between(before, after).changed())
        .singleElement()
        .extracting(ListDelta.Change::fields)
        .isEqualTo(java.util.List.of("list", "name", "countries", "source", "details.notes"));
  }

  @Test
  void theShippedListsAgainstThemselvesHaveNoDelta() {
    ListSnapshot s = load(shipped());
    assertThat(ListDelta.between(s, s).isEmpty()).isTrue();
  }
}
