package deepmath.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The lab's version, written into {@code build-info.properties} by Maven at build time. */
public final class VersionInfo {
    private VersionInfo() {
    }

    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream("/build-info.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String version = properties.getProperty("version", "unknown");
        return version.startsWith("${") ? "dev" : version;
    }
}
