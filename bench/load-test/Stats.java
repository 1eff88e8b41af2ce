import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the newest Gatling report's figures as "name: value" lines, like bench/run: per page the 50th and 99th
 * percentile of the response time in milliseconds, and the number of failed requests. Gatling keeps these figures
 * only in its HTML report's statistics table, so that is what is read. Run as {@code java Stats.java <results folder>}.
 */
public class Stats {

    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\".*?class=\"ellipsed-name\">([^<]+)<(.*?)</tr>",
            Pattern.DOTALL);

    public static void main(String[] args) throws IOException {
        Path newest;
        try (Stream<Path> runs = Files.list(Path.of(args[0]))) {
            newest = runs.filter(Files::isDirectory).max(Comparator.comparing(Path::getFileName))
                    .orElseThrow(() -> new IllegalStateException("no Gatling report in " + args[0]));
        }
        Matcher row = ROW.matcher(Files.readString(newest.resolve("index.html")));
        String errors = "0";
        while (row.find()) {
            String cells = row.group(3);
            if (row.group(1).equals("ROOT")) {
                errors = column(cells, 4);
                continue;
            }
            String page = row.group(2).strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
            System.out.println("load_" + page + "_ms_p50: " + column(cells, 8));
            System.out.println("load_" + page + "_ms_p99: " + column(cells, 11));
        }
        System.out.println("load_errors: " + errors);
    }

    private static String column(String cells, int number) {
        Matcher cell = Pattern.compile("class=\"value [a-z]+ col-" + number + "\">([^<]*)<").matcher(cells);
        return cell.find() ? cell.group(1).strip() : "-";
    }
}
