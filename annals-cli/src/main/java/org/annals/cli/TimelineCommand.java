package org.annals.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.annals.core.story.StoryEvent;
import org.annals.core.story.Timelines;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals timeline}: the merged events of an actor or a pair of actors, in date order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Analyses text files and folders of them, groups them into stories, and lists the "
                + "merged events of an actor (--actor) or of a pair of actors (--dyad A,B) in date order, "
                + "undated events last: date, event, parties, place, story and number of sources.",
                "An actor is named by a part of its name (Putin), its code (RUSGOV) or a country code (RUS), "
                + "in any case."})
final class TimelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoryInputs in;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Who who;

    static final class Who {
        @Option(names = "--actor", paramLabel = "NAME", description = "The events of one actor.")
        String actor;

        @Option(names = "--dyad", paramLabel = "A,B", split = ",", arity = "1",
                description = "The events between two actors, either way.")
        List<String> dyad;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (who.dyad != null && who.dyad.size() != 2) {
            err.println("annals timeline: --dyad takes two actors, as --dyad Putin,Abbas");
            return 2;
        }
        StoryInputs.Read read = in.read(err, "timeline");
        if (read == null) {
            return 2;
        }
        List<Timelines.Entry> entries = who.dyad != null
                ? Timelines.dyad(read.stories(), who.dyad.get(0), who.dyad.get(1))
                : Timelines.actor(read.stories(), who.actor);
        for (Timelines.Entry e : entries) {
            long n = e.event().sources();
            out.printf("%-10s  %s  (%s, %d source%s)%n", e.event().date() == null ? "(no date)" : e.event().date(),
                    describe(e.event()), e.story().id(), n, n == 1 ? "" : "s");
        }
        out.printf("%d events.%n", entries.size());
        out.flush();
        return read.failed() == 0 ? 0 : 1;
    }

    /** {@code CONSULT (040) Vladimir Putin [RUSGOV] -> Mahmoud Abbas [PSEGOV] in Sochi}. */
    static String describe(StoryEvent e) {
        StringBuilder sb = new StringBuilder(e.type());
        if (e.cameo() != null) {
            sb.append(" (").append(e.cameo()).append(')');
        }
        sb.append(' ').append(e.source().isEmpty() ? "?" : StoriesCommand.parties(e.source()));
        if (!e.target().isEmpty()) {
            sb.append(" -> ").append(StoriesCommand.parties(e.target()));
        }
        if (e.place() != null) {
            sb.append(" in ").append(e.place());
        }
        if (!e.otherDates().isEmpty()) {
            sb.append(" [sources also say ").append(String.join(", ", e.otherDates())).append(']');
        }
        return sb.toString();
    }
}
