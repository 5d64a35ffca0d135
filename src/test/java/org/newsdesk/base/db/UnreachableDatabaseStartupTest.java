package org.newsdesk.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A configured but unreachable external database stops the start with a clear message. */
@ExtendWith(OutputCaptureExtension.class)
class UnreachableDatabaseStartupTest {

    @Test
    void startupFailsWithAClearMessageNamingTheDatabase(CapturedOutput output) throws IOException {
        var url = "jdbc:mariadb://127.0.0.1:" + closedPort() + "/newsdesk";

        // Command-line arguments outrank the environment, where CI names its own database.
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                        .run("--spring.datasource.url=" + url, "--server.port=0")
                        .close())
                .isNotNull();

        assertThat(output.getOut() + output.getErr())
                .contains("Newsdesk cannot reach the database at " + url)
                .contains("SPRING_DATASOURCE_URL");
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
