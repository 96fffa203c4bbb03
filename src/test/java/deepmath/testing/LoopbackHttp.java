package deepmath.testing;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

/**
 * A JDK HTTP server on the loopback, on a free port, its requests on daemon threads: the fake Hugging Face Hub and
 * the fake npm registry of the tests (nothing a test starts ever goes online).
 */
public final class LoopbackHttp {
    private LoopbackHttp() {
    }

    /** Started, every path handled by {@code handler}; threads named {@code threadName}. */
    public static HttpServer start(String threadName, HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", handler);
        server.start();
        return server;
    }

    /** {@code http://host:port} of a started server. */
    public static String url(HttpServer server) {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }
}
