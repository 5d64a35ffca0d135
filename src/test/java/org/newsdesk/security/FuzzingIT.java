package org.newsdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.Fuzzer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Random paths, query strings, headers, methods and UIDL messages, from a fixed seed so that a failure replays: no
 * answer is a 500 or tells a stack trace, a version or SQL, and the application logs no ERROR meanwhile.
 * {@code bench/fuzz.sh} runs the same fuzzer longer, with other seeds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class FuzzingIT {

    private static final long SEED = 20261201L;
    private static final int REQUESTS = 600;

    @LocalServerPort
    int port;

    @Test
    void randomRequestsGetPlainAnswersAndLogNoError(CapturedOutput output) {
        var findings = new Fuzzer("http://localhost:" + port, SEED).run(REQUESTS);

        assertThat(findings).isEmpty();
        assertThat(output.getOut().lines().filter(line -> line.contains(" ERROR ")))
                .isEmpty();
    }
}
