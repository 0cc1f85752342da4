package studio.scogen.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts an embedded Neo4j Community DBMS with only the Bolt connector enabled (loopback, no TLS,
 * no auth) and blocks until SIGTERM/SIGINT, then shuts the DBMS down cleanly and exits 0.
 *
 * <pre>
 * java -jar neo4j-launcher.jar --data-dir DIR --bolt-port PORT [--host 127.0.0.1]
 *      [--page-cache 512m] [--heap-note ignored]
 * </pre>
 *
 * Prints a single line {@code READY bolt://HOST:PORT} on stdout once the default database is
 * available. Writes {@code DIR/neo4j.pid} while running. Neo4j's own logs go to {@code DIR/logs}.
 *
 * Exit codes: 0 clean shutdown, 2 usage error, 3 port in use, 4 startup failure.
 */
public final class Neo4jLauncher {

    private static final PrintStream OUT = System.out;
    private static final PrintStream ERR = System.err;

    private static final long AVAILABILITY_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(5);

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final AtomicBoolean stopped = new AtomicBoolean(false);
    private volatile DatabaseManagementService managementService;
    private volatile Path pidFile;

    public static void main(String[] args) {
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (IllegalArgumentException e) {
            ERR.println("neo4j-launcher: " + e.getMessage());
            ERR.println(Options.USAGE);
            System.exit(2);
            return;
        }
        int code = new Neo4jLauncher().run(opts);
        System.exit(code);
    }

    private int run(Options opts) {
        if (!portIsFree(opts.host, opts.boltPort)) {
            ERR.println("neo4j-launcher: Bolt port " + opts.boltPort + " on " + opts.host
                    + " is already in use; cannot start Neo4j.");
            return 3;
        }

        Path home = opts.dataDir;
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            ERR.println("neo4j-launcher: cannot create data dir " + home + ": " + e);
            return 4;
        }

        // Fallback for any other JVM exit path (SIGHUP, System.exit elsewhere, ...).
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "neo4j-launcher-shutdown"));
        // SIGTERM/SIGINT: replace the JVM's default handlers so that we shut down and exit 0
        // (the default would exit 143/130).
        installSignalHandlers();

        try {
            managementService = new DatabaseManagementServiceBuilder(home)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(opts.host, opts.boltPort))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(opts.host, opts.boltPort))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, opts.pageCacheBytes)
                    // 0 = unlimited: allow large UNWIND batches (heap is the real limit).
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, 0L)
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, 0L)
                    // Netty's default 5s quiet period (per event loop group) makes shutdown take ~10s.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (Throwable t) {
            if (isBindFailure(t)) {
                ERR.println("neo4j-launcher: Bolt port " + opts.boltPort + " on " + opts.host
                        + " is already in use; cannot start Neo4j.");
                shutdown();
                return 3;
            }
            ERR.println("neo4j-launcher: failed to start Neo4j: " + t);
            t.printStackTrace(ERR);
            shutdown();
            return 4;
        }

        GraphDatabaseService db = managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        long deadline = System.currentTimeMillis() + AVAILABILITY_TIMEOUT_MS;
        while (!db.isAvailable(1000)) {
            if (stopRequested.getCount() == 0) {
                shutdown();
                return 0;
            }
            if (System.currentTimeMillis() > deadline) {
                ERR.println("neo4j-launcher: default database did not become available within "
                        + AVAILABILITY_TIMEOUT_MS / 1000 + "s");
                shutdown();
                return 4;
            }
        }

        pidFile = home.resolve("neo4j.pid");
        try {
            Files.writeString(pidFile, ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            ERR.println("neo4j-launcher: warning: cannot write pid file " + pidFile + ": " + e);
        }

        OUT.println("READY bolt://" + opts.host + ":" + opts.boltPort);
        OUT.flush();

        try {
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        shutdown();
        return 0;
    }

    /** Idempotent: shuts the DBMS down and removes the pid file. */
    private void shutdown() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        DatabaseManagementService svc = managementService;
        if (svc != null) {
            try {
                svc.shutdown();
            } catch (Throwable t) {
                ERR.println("neo4j-launcher: error during shutdown: " + t);
            }
        }
        Path pf = pidFile;
        if (pf != null) {
            try {
                Files.deleteIfExists(pf);
            } catch (IOException e) {
                ERR.println("neo4j-launcher: cannot delete pid file " + pf + ": " + e);
            }
        }
        stopRequested.countDown();
    }

    private void installSignalHandlers() {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> stopRequested.countDown());
            } catch (Throwable t) {
                // Fall back to the shutdown hook (exit code would then be 128+signal).
                ERR.println("neo4j-launcher: warning: cannot install SIG" + name + " handler: " + t);
            }
        }
    }

    private static boolean portIsFree(String host, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isBindFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BindException || c.getClass().getSimpleName().equals("PortBindException")) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    private static final class Options {
        static final String USAGE = "usage: java -jar neo4j-launcher.jar --data-dir DIR --bolt-port PORT"
                + " [--host 127.0.0.1] [--page-cache 512m] [--heap-note ignored]";

        Path dataDir;
        int boltPort = -1;
        String host = "127.0.0.1";
        long pageCacheBytes = 512L * 1024 * 1024;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String key = a;
                String value = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    key = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                if (key.equals("-h") || key.equals("--help")) {
                    throw new IllegalArgumentException("help requested");
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("missing value for " + key);
                    }
                    value = args[++i];
                }
                switch (key) {
                    case "--data-dir":
                        o.dataDir = Path.of(value).toAbsolutePath().normalize();
                        break;
                    case "--bolt-port":
                        try {
                            o.boltPort = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("invalid --bolt-port: " + value);
                        }
                        if (o.boltPort < 1 || o.boltPort > 65535) {
                            throw new IllegalArgumentException("invalid --bolt-port: " + value);
                        }
                        break;
                    case "--host":
                        o.host = value;
                        break;
                    case "--page-cache":
                        o.pageCacheBytes = parseBytes(value);
                        break;
                    case "--heap-note":
                        break; // informational only
                    default:
                        throw new IllegalArgumentException("unknown option " + key);
                }
            }
            if (o.dataDir == null) {
                throw new IllegalArgumentException("--data-dir is required");
            }
            if (o.boltPort < 0) {
                throw new IllegalArgumentException("--bolt-port is required");
            }
            return o;
        }

        static long parseBytes(String v) {
            String s = v.trim().toLowerCase();
            long mult = 1;
            if (s.endsWith("k")) {
                mult = 1024L;
            } else if (s.endsWith("m")) {
                mult = 1024L * 1024;
            } else if (s.endsWith("g")) {
                mult = 1024L * 1024 * 1024;
            }
            if (mult != 1) {
                s = s.substring(0, s.length() - 1);
            }
            try {
                return Long.parseLong(s) * mult;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid size: " + v);
            }
        }
    }
}
