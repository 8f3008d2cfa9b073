package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals demo}: analyses the bundled examples and prints what it found, readably. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyses the bundled examples/ (or the given files and folders) with stories, and prints "
                + "per article its actors, events with dates and places, quotes with speakers, and counts.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOptions knowledge;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "What to analyse (default: examples/).")
    List<String> inputs;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> what = inputs == null || inputs.isEmpty() ? List.of(examples().toString()) : inputs;
        Summary summary = new Summary(out);
        Batch batch = new Batch(knowledge.pipeline(err), err);
        int failed = batch.run(what, input, true, summary::print);
        summary.printStories();
        out.printf("%d documents analysed, %d failed%s.%n", batch.analysed(), failed, batch.otherLanguage() == 0 ? ""
                : ", " + batch.otherLanguage() + " in another language not analysed");
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    /** The examples folder: beside the launcher when it set {@code annals.home}, else in the working folder. */
    static Path examples() {
        String home = System.getProperty("annals.home");
        Path p = home == null ? Path.of("examples") : Path.of(home, "examples");
        return Files.isDirectory(p) ? p : Path.of("examples");
    }
}
