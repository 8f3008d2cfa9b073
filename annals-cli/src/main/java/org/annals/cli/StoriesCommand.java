package org.annals.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.annals.core.model.Analysis;
import org.annals.core.story.Story;
import org.annals.core.story.StoryEvent;
import org.annals.json.AnnalsJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals stories}: the stories of a set of articles, each with its headline event and sources. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Analyses text files and folders of them, groups the articles that report one "
                + "real-world event into stories, merges their events, and lists the stories: id, dates, "
                + "places, the headline event (the one most sources report) and the sources.",
                "With --json, writes one annals/1 story object per line instead: every merged event with the "
                + "documents and spans that report it, and the dates on which sources disagree."})
final class StoriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoryInputs in;

    @Option(names = "--json", description = "Write annals/1 story objects (JSON lines) instead of a list.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        StoryInputs.Read read = in.read(spec.commandLine().getErr(), "stories");
        if (read == null) {
            return 2;
        }
        if (json) {
            read.stories().forEach(s -> out.println(AnnalsJson.toJson(s)));
        } else {
            print(out, read.analyses(), read.stories());
            out.printf("%d stories from %d documents.%n", read.stories().size(), read.analyses().size());
        }
        out.flush();
        return read.failed() == 0 ? 0 : 1;
    }

    /** Each story a few lines: id, dates, places, headline event, sources (by their names in {@code analyses}). */
    static void print(PrintWriter out, List<Analysis> analyses, List<Story> stories) {
        Map<String, String> sources = new HashMap<>();
        for (Analysis a : analyses) {
            sources.put(a.document().id(), a.document().source() + (a.duplicateOf() == null ? "" : " (near-copy)"));
        }
        for (Story s : stories) {
            print(out, s, sources);
        }
    }

    private static void print(PrintWriter out, Story s, Map<String, String> sources) {
        String dates = s.first() == null ? "(no date)"
                : s.first().equals(s.last()) ? s.first() : s.first() + " to " + s.last();
        out.printf("%s  %s  %s%n", s.id(), dates, s.places().isEmpty() ? "" : String.join(", ", s.places()));
        StoryEvent h = s.headline();
        out.println("  headline: " + (h == null ? "(no event with actors)" : TimelineCommand.describe(h)));
        out.printf("  %d events merged from %d reports; %d source%s: %s%n", s.events().size(),
                s.events().stream().mapToInt(e -> e.reports().size()).sum(), s.documents().size(),
                s.documents().size() == 1 ? "" : "s",
                s.documents().stream().map(sources::get).collect(Collectors.joining(", ")));
    }

    static String parties(List<StoryEvent.Party> parties) {
        return parties.stream().map(p -> p.code() == null ? p.name() : p.name() + " [" + p.code() + "]")
                .collect(Collectors.joining(" & "));
    }
}
