package deepmath.gpt.train;

import deepmath.core.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code training-log.tsv} a run writes: step, batch loss, learning rate, gradient norm, held-out loss. */
public record TrainingLog(List<double[]> trainingLoss, List<double[]> heldOutLoss) {

    /** Reads a run's log; (step, loss) pairs, held-out only where it was measured. */
    public static TrainingLog read(Path file) throws IOException {
        List<double[]> training = new ArrayList<>();
        List<double[]> heldOut = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] cells = line.split("\t", -1);
            if (cells.length < 2 || !Character.isDigit(cells[0].isEmpty() ? 'x' : cells[0].charAt(0))) {
                continue;   // the header
            }
            double step = Double.parseDouble(cells[0]);
            training.add(new double[] {step, Double.parseDouble(cells[1])});
            if (cells.length > 4 && !cells[4].isBlank()) {
                heldOut.add(new double[] {step, Double.parseDouble(cells[4])});
            }
        }
        return new TrainingLog(training, heldOut);
    }

    /**
     * Drops the rows after {@code step}: a run stopped between two checkpoints logged steps it will make again
     * when resumed from the last checkpoint, and they must not appear twice.
     */
    public static void truncate(Path file, int step) throws IOException {
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String first = line.split("\t", 2)[0];
            if (first.isEmpty() || !Character.isDigit(first.charAt(0)) || Integer.parseInt(first) <= step) {
                kept.add(line);
            }
        }
        AtomicFiles.writeString(file, kept.isEmpty() ? "" : String.join("\n", kept) + "\n");
    }
}
