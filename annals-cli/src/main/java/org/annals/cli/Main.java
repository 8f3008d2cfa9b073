package org.annals.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code annals} command. */
@Command(name = "annals", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns news articles into a sourced, deduplicated record of who did what to whom, "
                + "when and where, and who said what.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, EventsCommand.class,
                ExportCommand.class, QuotesCommand.class, StoriesCommand.class, TimelineCommand.class,
                ServeCommand.class, DemoCommand.class, BenchCommand.class,
                TrainCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 all good, 1 some input failed, 2 usage). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line, for callers that want its output elsewhere ({@code setOut}, {@code setErr}). */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"annals " + p.getProperty("version", "unknown"), "output contract annals/1"};
        }
    }
}
