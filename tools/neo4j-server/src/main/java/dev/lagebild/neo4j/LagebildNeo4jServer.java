/*
 * Lagebild local Neo4j server: Neo4j Community in-process, Bolt on 127.0.0.1, auth on.
 *
 * Started by `npm run neo4j:start` and by the test setup (src/cli/neo4j-local). It takes its settings
 * as flags and the password from the NEO4J_PASSWORD environment variable (never argv, so `ps` does not
 * show it), sets that password on the `neo4j` user, and, once Bolt answers, writes the bound port to a
 * ready file that the Node side waits for. Port 0 lets the operating system pick a free port, which is
 * then read back from Neo4j's connector port register, so parallel runs never race for a port.
 * SIGTERM (the stop command) shuts the database down cleanly; --watch-pid stops it when the process
 * that started it dies, so a killed test run leaves no server behind.
 */
package dev.lagebild.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public final class LagebildNeo4jServer {
    private static final String USAGE =
            "usage: LagebildNeo4jServer --home DIR --ready-file FILE [--port N] [--pagecache BYTES] [--watch-pid PID]"
                    + " (password in NEO4J_PASSWORD)";

    private LagebildNeo4jServer() {}

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = parseArgs(argv);
        Path home = Path.of(required(args, "--home")).toAbsolutePath();
        Path readyFile = Path.of(required(args, "--ready-file")).toAbsolutePath();
        int port = Integer.parseInt(args.getOrDefault("--port", "0"));
        long pagecache = Long.parseLong(args.getOrDefault("--pagecache", String.valueOf(256L * 1024 * 1024)));
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("NEO4J_PASSWORD: expected a password of at least 8 characters in the environment");
        }

        Files.createDirectories(home);
        Files.deleteIfExists(readyFile);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            stopped.countDown();
        }, "lagebild-neo4j-shutdown"));

        setPassword(service, password);
        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int boltPort = ((GraphDatabaseAPI) db)
                .getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        writeReady(readyFile, boltPort);
        System.out.println("lagebild-neo4j: Bolt listening on bolt://127.0.0.1:" + boltPort + ", data in " + home);

        String watchPid = args.get("--watch-pid");
        if (watchPid != null) watchParent(Long.parseLong(watchPid));
        stopped.await();
    }

    /** Sets the `neo4j` user's password; the same password again is not an error. */
    private static void setPassword(DatabaseManagementService service, String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.contains("cannot be the same")) throw e;
        }
    }

    private static void writeReady(Path readyFile, int boltPort) throws IOException {
        Files.createDirectories(readyFile.getParent());
        Path tmp = readyFile.resolveSibling(readyFile.getFileName() + ".tmp");
        String json = "{\"pid\":" + ProcessHandle.current().pid() + ",\"port\":" + boltPort + "}\n";
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, readyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Exits (running the shutdown hook) once the given process is gone. */
    private static void watchParent(long pid) {
        Thread watcher = new Thread(() -> {
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.out.println("lagebild-neo4j: process " + pid + " that started this server is gone; stopping");
            System.exit(0);
        }, "lagebild-neo4j-watch-parent");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static Map<String, String> parseArgs(String[] argv) {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i < argv.length; i += 2) {
            if (!argv[i].startsWith("--") || i + 1 >= argv.length) fail("bad argument \"" + argv[i] + "\"; " + USAGE);
            args.put(argv[i], argv[i + 1]);
        }
        return args;
    }

    private static String required(Map<String, String> args, String flag) {
        String value = args.get(flag);
        if (value == null) fail("missing " + flag + "; " + USAGE);
        return value;
    }

    private static void fail(String message) {
        System.err.println("lagebild-neo4j: " + message);
        System.exit(2);
    }
}
