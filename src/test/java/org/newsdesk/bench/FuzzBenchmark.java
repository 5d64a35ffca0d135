package org.newsdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.newsdesk.Fuzzer;

/**
 * The fuzzer of {@code FuzzingIT}, longer: against the production jar with the demo content, for as many requests
 * and from as many seeds as asked. Prints every finding, the number of requests per second, and the ERROR lines of
 * the application's log.
 */
public final class FuzzBenchmark {

    private FuzzBenchmark() {}

    /** @param args the jar, the number of requests per seed, then the seeds */
    public static void main(String[] args) throws Exception {
        var jar = Path.of(args[0]);
        var requests = Integer.parseInt(args[1]);
        var log = jar.resolveSibling("bench-fuzz-app.log");
        try (var database = ScratchDatabase.onLocalServer("fuzz");
                var app = RunningApplication.start(jar, log, database.applicationArguments())) {
            var findings = 0;
            for (var index = 2; index < args.length; index++) {
                var seed = Long.parseLong(args[index]);
                var start = System.nanoTime();
                var found = new Fuzzer(app.url(""), seed).run(requests);
                var seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        "seed %d: %d requests in %.0f s (%.0f/s), %d findings%n",
                        seed, requests, seconds, requests / seconds, found.size());
                found.forEach(finding -> System.out.println("  " + finding));
                findings += found.size();
            }
            var errors = Files.readAllLines(log).stream()
                    .filter(line -> line.contains(" ERROR "))
                    .toList();
            System.out.printf("findings: %d; ERROR lines in the application log: %d%n", findings, errors.size());
            errors.forEach(line -> System.out.println("  " + line));
        }
    }
}
