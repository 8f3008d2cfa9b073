package org.annals.tools.kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Regenerates the knowledge-base tables derived from third-party fact sources, byte for byte reproducibly (sorted
 * rows, no timestamps):
 *
 * <ul>
 *   <li>{@code countries.tsv} from {@code kb-sources/world-countries/countries.json} (ODbL 1.0) and
 *       {@code country-overrides.tsv};</li>
 *   <li>{@code places.tsv} from {@code kb-sources/geonames-cities/cities.tsv} (GeoNames, CC BY 4.0) and
 *       {@code place-aliases.tsv};</li>
 *   <li>{@code LICENSE-ODbL.txt}, a copy of the license that countries.tsv stays under.</li>
 * </ul>
 *
 * <p>Usage: {@code KbBuild --shared DIR --out DIR}. The hand-written tables of the same folder are not touched.
 */
public final class KbBuild {

    private KbBuild() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--shared" -> shared = Path.of(value(args, ++i, "--shared"));
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    usage();
                    System.exit(2);
                }
            }
        }
        if (shared == null || out == null) {
            usage();
            System.exit(2);
        }
        for (String counted : run(shared, out)) {
            System.out.println(counted);
        }
    }

    /** Writes the generated files into {@code out}; returns one "file: rows" line per table. */
    public static List<String> run(Path shared, Path out) throws IOException {
        Path countriesDir = shared.resolve("kb-sources/world-countries");
        Path citiesDir = shared.resolve("kb-sources/geonames-cities");
        Files.createDirectories(out);

        Countries.Result countries = Countries.build(countriesDir.resolve("countries.json"));
        Tsv.write(out.resolve("countries.tsv"), Countries.COMMENT, Countries.HEADER, countries.rows());

        List<List<String>> places = Places.build(citiesDir.resolve("cities.tsv"), countries.iso2to3());
        Tsv.write(out.resolve("places.tsv"), Places.COMMENT, Places.HEADER, places);

        Files.write(out.resolve("LICENSE-ODbL.txt"), Files.readAllBytes(countriesDir.resolve("LICENSE")));
        return List.of("countries.tsv: " + countries.rows().size(), "places.tsv: " + places.size());
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static void usage() {
        System.err.println("usage: KbBuild --shared SHARED_DIR --out KB_DIR");
        System.err.println("  SHARED_DIR  folder holding kb-sources/world-countries and kb-sources/geonames-cities");
        System.err.println("  KB_DIR      annals-core/src/main/resources/org/annals/core/kb");
    }
}
