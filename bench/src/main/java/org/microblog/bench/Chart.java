package org.microblog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Draws the results CSV as an SVG (hand-written, no library): requests/s and p99 latency per page,
 * one bar per run label (database and data size), the latest row of each label and page winning.
 *
 * <pre>
 * java -cp bench/target/microblog-bench.jar org.microblog.bench.Chart \
 *   --csv bench/results/results.csv --out bench/results/chart.svg
 * </pre>
 */
public final class Chart {
  private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2"};
  private static final int WIDTH = 960;
  private static final int PANEL = 300;
  private static final int LEFT = 70;
  private static final int TOP = 60;

  private Chart() {}

  /** One CSV row's figures that the chart shows. */
  record Row(String label, String scenario, double rps, double p99) {}

  public static void main(String[] args) throws IOException {
    Args options = new Args(args);
    Path csv = Path.of(options.get("csv", "bench/results/results.csv"));
    Path out = Path.of(options.get("out", "bench/results/chart.svg"));
    Map<String, Row> latest = new LinkedHashMap<>();
    for (String line : Files.readAllLines(csv)) {
      String[] cells = line.split(",");
      if (cells.length < 10 || cells[0].equals("date") || cells[2].equals("startup")) {
        continue;
      }
      Row row =
          new Row(cells[1], cells[2], Double.parseDouble(cells[6]), Double.parseDouble(cells[8]));
      latest.remove(row.label() + "/" + row.scenario());
      latest.put(row.label() + "/" + row.scenario(), row);
    }
    Files.writeString(out, svg(new ArrayList<>(latest.values())));
    System.out.println("wrote " + out);
  }

  static String svg(List<Row> rows) {
    Set<String> labels = new LinkedHashSet<>();
    Set<String> scenarios = new LinkedHashSet<>();
    rows.forEach(
        row -> {
          labels.add(row.label());
          scenarios.add(row.scenario());
        });
    int height = TOP + 2 * (PANEL + 80) + 20;
    StringBuilder svg = new StringBuilder();
    svg.append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                    + " font-family=\"sans-serif\" font-size=\"12\">%n",
                WIDTH,
                height))
        .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
        .append("<text x=\"20\" y=\"24\" font-size=\"16\" font-weight=\"bold\">")
        .append("Microblog under load: requests/s (higher is better) and p99 latency (lower is")
        .append(" better)</text>\n");
    int legendX = 20;
    int index = 0;
    for (String label : labels) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"36\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"46\">%s</text>%n",
              legendX,
              COLOURS[index++ % COLOURS.length],
              legendX + 16,
              escape(label)));
      legendX += 24 + 8 * label.length();
    }
    panel(svg, rows, labels, scenarios, TOP + 20, "requests/s", Row::rps);
    panel(svg, rows, labels, scenarios, TOP + PANEL + 100, "p99 latency, ms", Row::p99);
    return svg.append("</svg>\n").toString();
  }

  private static void panel(
      StringBuilder svg,
      List<Row> rows,
      Set<String> labels,
      Set<String> scenarios,
      int top,
      String title,
      ToDoubleFunction<Row> value) {
    double max = rows.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).max().orElse(1);
    double scale = niceCeiling(max);
    int bottom = top + PANEL;
    int plotWidth = WIDTH - LEFT - 20;
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n",
            LEFT,
            top - 6,
            title));
    for (int tick = 0; tick <= 4; tick++) {
      int y = bottom - tick * PANEL / 4;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>"
                  + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
              LEFT,
              y,
              LEFT + plotWidth,
              y,
              LEFT - 6,
              y + 4,
              format(scale * tick / 4)));
    }
    double group = (double) plotWidth / Math.max(1, scenarios.size());
    double bar = Math.min(40, (group - 16) / Math.max(1, labels.size()));
    int s = 0;
    for (String scenario : scenarios) {
      double x0 = LEFT + s++ * group + (group - bar * labels.size()) / 2;
      int l = 0;
      for (String label : labels) {
        double x = x0 + l * bar;
        String colour = COLOURS[l++ % COLOURS.length];
        for (Row row : rows) {
          double v = value.applyAsDouble(row);
          if (row.label().equals(label) && row.scenario().equals(scenario) && !Double.isNaN(v)) {
            double h = PANEL * v / scale;
            svg.append(
                String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                        + "<title>%s %s: %s</title></rect>%n",
                    x,
                    bottom - h,
                    bar - 2,
                    h,
                    colour,
                    escape(label),
                    escape(scenario),
                    format(v)));
            svg.append(
                String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" text-anchor=\"middle\">%s</text>%n",
                    x + (bar - 2) / 2,
                    bottom - h - 3,
                    format(v)));
          }
        }
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
              LEFT + (s - 0.5) * group,
              bottom + 16,
              escape(scenario)));
    }
  }

  private static double niceCeiling(double max) {
    if (max <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= max) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String format(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
