package deepmath.hub;

import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.HuggingFaceCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What the Hugging Face cache holds, as {@code hf cache scan} shows it: models, their size on disk, snapshots. */
public final class CachedModels {
    /** A snapshot: its commit, the refs that point at it, its files, whether it is a complete checkpoint. */
    public record Snapshot(String commit, List<String> refs, List<String> files, boolean complete) {
    }

    /** A model repository in the cache; {@code bytes} counts its blobs once however many snapshots share them. */
    public record Model(String repo, long bytes, Path folder, List<Snapshot> snapshots) {
    }

    private CachedModels() {
    }

    public static List<Model> list(HuggingFaceCache cache) throws IOException {
        List<Model> models = new ArrayList<>();
        if (!Files.isDirectory(cache.hub())) {
            return models;
        }
        try (Stream<Path> folders = Files.list(cache.hub())) {
            for (Path folder : folders.sorted().toList()) {
                String name = folder.getFileName().toString();
                if (name.startsWith("models--") && Files.isDirectory(folder)) {
                    models.add(model(name.substring("models--".length()).replace("--", "/"), folder));
                }
            }
        }
        return models;
    }

    private static Model model(String repo, Path folder) throws IOException {
        TreeMap<String, List<String>> refs = new TreeMap<>();
        Path refsFolder = folder.resolve("refs");
        if (Files.isDirectory(refsFolder)) {
            try (Stream<Path> walk = Files.walk(refsFolder)) {
                for (Path ref : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String commit = Files.readString(ref, StandardCharsets.UTF_8).strip();
                    refs.computeIfAbsent(commit, c -> new ArrayList<>())
                            .add(refsFolder.relativize(ref).toString().replace('\\', '/'));
                }
            }
        }
        List<Snapshot> snapshots = new ArrayList<>();
        Path snapshotsFolder = folder.resolve("snapshots");
        if (Files.isDirectory(snapshotsFolder)) {
            try (Stream<Path> list = Files.list(snapshotsFolder)) {
                for (Path s : list.filter(Files::isDirectory).sorted().toList()) {
                    String commit = s.getFileName().toString();
                    List<String> files;
                    try (Stream<Path> inside = Files.list(s)) {
                        files = inside.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                                .sorted().toList();
                    }
                    snapshots.add(new Snapshot(commit, refs.getOrDefault(commit, List.of()), files,
                            Gpt2Checkpoint.looksLikeCheckpoint(s)));
                }
            }
        }
        long bytes = 0;
        Path blobs = folder.resolve("blobs");
        if (Files.isDirectory(blobs)) {
            try (Stream<Path> list = Files.list(blobs)) {
                for (Path b : list.filter(Files::isRegularFile).toList()) {
                    bytes += Files.size(b);
                }
            }
        }
        return new Model(repo, bytes, folder, snapshots);
    }
}
