package dev.pilothouse.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The template of docs/decisions/README.md, as checks. Each problem is one line that starts with the file's name.
 */
final class DecisionRecords {

    static final List<String> REQUIRED =
            List.of("## Context and Problem Statement", "## Considered Options", "## Decision Outcome");
    static final List<String> OPTIONAL = List.of("## Consequences", "## Links");
    static final Set<String> STATUSES = Set.of("proposed", "accepted", "rejected", "deprecated", "superseded");

    private static final Pattern FILE = Pattern.compile("(\\d{4})-[a-z0-9]+(-[a-z0-9]+)*\\.md");
    private static final Pattern RECORD_LINK = Pattern.compile("\\]\\((\\d{4}-[^)#\\s]*\\.md)");

    private DecisionRecords() {}

    /** Every problem in the folder: each record's own, bad file names, and gaps or repeats in the numbers. */
    static List<String> check(Path folder) {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .toList()) {
                String name = file.getFileName().toString();
                if (!name.equals("README.md")) {
                    texts.put(name, Files.readString(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>(numbering(texts.keySet()));
        texts.forEach((name, text) -> problems.addAll(check(name, text, texts.keySet())));
        return problems;
    }

    /** File names follow NNNN-title.md, and the numbers run from 0001 without gaps or repeats. */
    static List<String> numbering(Set<String> names) {
        List<String> problems = new ArrayList<>();
        Map<Integer, String> byNumber = new TreeMap<>();
        for (String name : new TreeSet<>(names)) {
            Matcher m = FILE.matcher(name);
            if (!m.matches()) {
                problems.add(name + ": not named NNNN-short-title.md");
                continue;
            }
            String earlier = byNumber.putIfAbsent(Integer.parseInt(m.group(1)), name);
            if (earlier != null) {
                problems.add(name + ": number " + m.group(1) + " is also used by " + earlier);
            }
        }
        int expected = 1;
        for (var entry : byNumber.entrySet()) {
            if (entry.getKey() != expected) {
                problems.add(entry.getValue() + ": number " + String.format("%04d", entry.getKey())
                        + " leaves a gap; the next number is " + String.format("%04d", expected));
            }
            expected = entry.getKey() + 1;
        }
        return problems;
    }

    /** One record's problems: its title, its status line, its headings, and its links to other records. */
    static List<String> check(String name, String text, Set<String> existing) {
        List<String> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        Matcher file = FILE.matcher(name);
        String number = file.matches() ? file.group(1) : "NNNN";
        String title = lines.isEmpty() ? "" : lines.getFirst();
        if (!title.startsWith("# " + number + ": ") || title.length() <= ("# " + number + ": ").length()) {
            problems.add(name + ": the first line must be '# " + number + ": Title', found '" + title + "'");
        }

        List<String> headings = new ArrayList<>();
        boolean inCode = false;
        int firstHeading = lines.size();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inCode = !inCode;
            } else if (!inCode && line.startsWith("## ")) {
                headings.add(line.strip());
                firstHeading = Math.min(firstHeading, i);
            } else if (!inCode && line.startsWith("# ")) {
                problems.add(name + ": a second title '" + line + "'; use '##' or '###'");
            }
        }

        List<String> status = lines.subList(Math.min(1, lines.size()), firstHeading).stream()
                .filter(l -> l.startsWith("* Status:"))
                .toList();
        if (status.size() != 1) {
            problems.add(name + ": needs one '* Status:' line before the first heading, found " + status.size());
        } else {
            String word =
                    status.getFirst().substring("* Status:".length()).strip().split("[\\s(]", 2)[0];
            if (!STATUSES.contains(word)) {
                problems.add(name + ": status '" + word + "' is not one of " + STATUSES);
            }
        }

        for (String required : REQUIRED) {
            if (!headings.contains(required)) {
                problems.add(name + ": missing heading '" + required + "'");
            }
        }
        List<String> allowed = new ArrayList<>(REQUIRED);
        allowed.addAll(OPTIONAL);
        int last = -1;
        for (String heading : headings) {
            int index = allowed.indexOf(heading);
            if (index < 0) {
                problems.add(name + ": heading '" + heading + "' is not in the template; use '###' for parts");
            } else if (index <= last) {
                problems.add(name + ": heading '" + heading + "' is out of order or repeated");
            } else {
                last = index;
            }
        }

        Matcher link = RECORD_LINK.matcher(text);
        while (link.find()) {
            if (!existing.contains(link.group(1))) {
                problems.add(name + ": links to " + link.group(1) + ", which does not exist");
            }
        }
        return problems;
    }
}
