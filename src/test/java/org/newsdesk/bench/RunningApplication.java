package org.newsdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;

/**
 * The production jar running as a process of its own, watched from outside through the JVM's local attach
 * mechanism: nothing is exposed over the network that production would not expose.
 */
final class RunningApplication implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final JMXConnector jmx;
    private final MBeanServerConnection beans;
    private final MemoryMXBean memory;

    /** JMX here talks to the local agent of the benchmark's own child JVM, never to input from outside. */
    @SuppressWarnings("BanJNDI")
    private RunningApplication(Process process, int port) throws Exception {
        this.process = process;
        this.port = port;
        var vm = VirtualMachine.attach(String.valueOf(process.pid()));
        try {
            jmx = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
        } finally {
            vm.detach();
        }
        beans = jmx.getMBeanServerConnection();
        memory = ManagementFactory.newPlatformMXBeanProxy(
                beans, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
    }

    /** Starts the jar with these extra arguments and waits until it reports healthy. */
    static RunningApplication start(Path jar, Path log, List<String> arguments) throws Exception {
        int port = freePort();
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                // The benchmarks measure the pages of the demo content.
                "--spring.profiles.active=demo",
                // Tomcat's session manager then shows up as an MBean, which is how sessions are counted.
                "--server.tomcat.mbeanregistry.enabled=true"));
        command.addAll(arguments);
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitHealthy(process, port);
            return new RunningApplication(process, port);
        } catch (Exception | Error failure) {
            process.destroyForcibly();
            throw failure;
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Heap in use after a full collection: what the application retains. */
    long retainedHeapBytes() {
        // A second collection catches what the first only made unreachable (finalisation, soft references).
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    int activeSessions() throws Exception {
        var managers = beans.queryNames(new ObjectName("*:type=Manager,*"), null);
        int sessions = 0;
        for (var manager : managers) {
            sessions += (Integer) beans.getAttribute(manager, "activeSessions");
        }
        return sessions;
    }

    /** Sessions Tomcat created since it started, expired or not. */
    long sessionsCreated() throws Exception {
        long created = 0;
        for (var manager : beans.queryNames(new ObjectName("*:type=Manager,*"), null)) {
            created += ((Number) beans.getAttribute(manager, "sessionCounter")).longValue();
        }
        return created;
    }

    /** The ids of the sessions Tomcat holds now. */
    Set<String> sessionIds() throws Exception {
        var ids = new HashSet<String>();
        for (var manager : beans.queryNames(new ObjectName("*:type=Manager,*"), null)) {
            var listed = (String) beans.invoke(manager, "listSessionIds", new Object[0], new String[0]);
            ids.addAll(Arrays.asList(listed.split("\\s+")));
        }
        ids.remove("");
        return ids;
    }

    @Override
    public void close() throws Exception {
        jmx.close();
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static void awaitHealthy(Process process, int port) throws Exception {
        var http = HttpClient.newHttpClient();
        var health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped during start-up; see its log");
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Keep waiting.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The application did not become healthy within " + START_TIMEOUT);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
