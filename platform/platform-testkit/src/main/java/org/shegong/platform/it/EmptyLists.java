package org.shegong.platform.it;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What an empty list on a module's pages says, checked on its sources: a key of the module's bundle
 * present in both languages ({@code emptyMessage="#{ec['referrals.none']}"}), never a bare "—" under an
 * empty form, which reads as broken rather than "none yet". A module's bundle test calls it with its
 * pages, its bundle's variable and its bundles.
 */
public final class EmptyLists {

    private static final Pattern EMPTY = Pattern.compile("emptyMessage=\"([^\"]*)\"");

    /** How many lists the scan found, and each one not said in words of both bundles. */
    public record Scan(int lists, List<String> problems) {
    }

    private EmptyLists() {
    }

    public static Scan scan(Path pages, String bundleVar, Path zhBundle, Path enBundle) throws IOException {
        Pattern key = Pattern.compile("#\\{" + Pattern.quote(bundleVar) + "\\['([\\w.]+)'\\]\\}");
        Properties zh = load(zhBundle);
        Properties en = load(enBundle);
        List<String> problems = new ArrayList<>();
        int lists = 0;
        try (Stream<Path> files = Files.walk(pages)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                Matcher m = EMPTY.matcher(Files.readString(page));
                while (m.find()) {
                    lists++;
                    Matcher k = key.matcher(m.group(1));
                    if (!k.matches()) {
                        problems.add(page.getFileName() + ": " + m.group());
                    } else if (!zh.containsKey(k.group(1)) || !en.containsKey(k.group(1))) {
                        problems.add(page.getFileName() + ": " + k.group(1) + " not in both bundles");
                    }
                }
            }
        }
        return new Scan(lists, problems);
    }

    private static Properties load(Path bundle) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
