package io.cpaaskit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FootprintTest {
  @TempDir Path root;

  @Test
  void sumsTheListedJarsDirectoriesAndTheModulesOwnJarButNotItsSourcesOrTests() throws Exception {
    Path target = Files.createDirectories(root.resolve("voipbin-client/target"));
    Path a = Files.write(root.resolve("a.jar"), new byte[100]);
    Path classes = Files.createDirectories(root.resolve("classes/x"));
    Files.write(classes.resolve("A.class"), new byte[30]);
    Files.write(classes.resolve("B.class"), new byte[20]);
    Files.writeString(target.resolve("runtime-classpath.txt"), a + File.pathSeparator + root.resolve("classes") + "\n");
    Files.write(target.resolve("voipbin-client-0.1.0-SNAPSHOT.jar"), new byte[7]);
    Files.write(target.resolve("voipbin-client-0.1.0-SNAPSHOT-sources.jar"), new byte[1000]);
    Files.write(target.resolve("voipbin-client-0.1.0-SNAPSHOT-tests.jar"), new byte[1000]);

    assertThat(Harness.classpathBytes(root, "voipbin-client")).containsExactly(157, 3);
  }

  @Test
  void aModuleThatWasNotBuiltHasNoFigure() throws Exception {
    assertThat(Harness.classpathBytes(root, "vobiz-client")).isNull();
  }
}
