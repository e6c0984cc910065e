package io.cpaaskit.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A child JVM of the harness: the harness's own {@code java} and classpath, one main class, its output line by line. */
final class ChildJvm {
  private ChildJvm() {}

  /**
   * Runs {@code main} to its end.
   *
   * @param jvmOptions options before the class name (heap size)
   * @param main the class whose {@code main} runs
   * @param args its arguments
   * @param lines gets each line the child prints (stdout and stderr merged) and answers whether it was one of the
   *     lines it reads; the others are kept for the failure message
   * @throws IllegalStateException if the child exits with a status other than 0, with everything else it printed
   * @throws Exception if the child cannot be started or waited for
   */
  static void run(List<String> jvmOptions, Class<?> main, List<String> args, Predicate<String> lines) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command()
        .orElse(Paths.get(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuilder other = new StringBuilder();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!lines.test(line)) {
          other.append(line).append('\n');
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(main.getSimpleName() + " " + String.join(" ", args) + " exited " + exit + ":\n" + other);
    }
  }
}
