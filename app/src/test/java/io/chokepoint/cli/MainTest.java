package io.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The command line builds only the commands it is given, and all of them for usage, help and a
 * misspelt command.
 */
class MainTest {
  private static String[] names() {
    return Main.COMMANDS.stream().map(Main::nameOf).toArray(String[]::new);
  }

  @Test
  void aCommandLineNamingACommandBuildsThatOneOnly() {
    assertThat(Main.commandLine(new Main(), new String[] {"serve", "--port", "0"}).getSubcommands())
        .containsOnlyKeys("serve");
    assertThat(
            Main.commandLine(new Main(), new String[] {"--user", "ann", "screen", "check"})
                .getSubcommands())
        .as("a word that is also a command's name adds that command, harmlessly")
        .containsOnlyKeys("screen", "check");
  }

  @Test
  void withoutACommandEveryCommandIsThereInOrder() {
    assertThat(Main.commandLine(new Main(), new String[0]).getSubcommands().keySet())
        .containsExactly(names());
    assertThat(Main.commandLine(new Main(), new String[] {"--help"}).getSubcommands().keySet())
        .containsExactly(names());
  }

  @Test
  void usageAndAMisspeltCommandStillListEveryCommand() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).isZero();
    assertThat(out.toString()).contains(names());

    StringWriter err2 = new StringWriter();
    int bad =
        Main.run(
            new String[] {"scren", "Huawei"},
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err2, true));
    assertThat(bad).isNotZero();
    assertThat(err2.toString()).contains("scren").contains("screen");
  }
}
