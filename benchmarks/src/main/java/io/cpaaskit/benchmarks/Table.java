package io.cpaaskit.benchmarks;

import java.util.List;

/** Renders the results as an aligned pipe table (readable in a terminal, valid Markdown). */
final class Table {
  private static final String[] HEADER = {"Figure", "Baseline (b)", "Ours (a)", "Ratio", "Target", "Threshold", "Verdict"};

  private Table() {}

  static String render(List<Check> checks) {
    String[][] rows = new String[checks.size()][];
    for (int i = 0; i < rows.length; i++) {
      Check c = checks.get(i);
      rows[i] = new String[] {c.name(), c.baseline(), c.ours(), c.ratioText(), c.targetText(), c.thresholdText(),
          c.verdict().name()};
    }
    int[] widths = new int[HEADER.length];
    for (int col = 0; col < HEADER.length; col++) {
      widths[col] = HEADER[col].length();
      for (String[] row : rows) {
        widths[col] = Math.max(widths[col], row[col].length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, HEADER, widths);
    StringBuilder rule = new StringBuilder("|");
    for (int width : widths) {
      rule.append('-').append("-".repeat(width)).append("-|");
    }
    out.append(rule).append('\n');
    for (String[] row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String[] cells, int[] widths) {
    out.append('|');
    for (int col = 0; col < cells.length; col++) {
      out.append(' ').append(cells[col]).append(" ".repeat(widths[col] - cells[col].length())).append(" |");
    }
    out.append('\n');
  }
}
