package deepmath.app.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/**
 * A lab that is created only when first needed: the window lists eight labs at start-up but builds one.
 * Opening it ({@link #view()}), saving or restoring a session, or opening a file creates the real lab; its
 * panel is built on the first {@link #view()} only, as before. Start-up thus pays for the lab it shows.
 */
public final class LazyLab implements Lab {
    private final LabId id;
    private final Supplier<? extends Lab> factory;
    private Lab lab;
    private boolean viewBuilt;

    public LazyLab(LabId id, Supplier<? extends Lab> factory) {
        this.id = id;
        this.factory = factory;
    }

    /** The real lab, created on the first call (the shell shows it as the current lab). */
    public Lab lab() {
        if (lab == null) {
            lab = factory.get();
            if (lab.id() != id) {
                throw new IllegalStateException("the factory for " + id + " made the lab " + lab.id());
            }
        }
        return lab;
    }

    /** True once the real lab exists (a session was saved, a file opened, or the lab was shown). */
    public boolean isCreated() {
        return lab != null;
    }

    /** True once the lab's panel was asked for: the lab was shown (or exported). */
    public boolean isViewBuilt() {
        return viewBuilt;
    }

    @Override
    public LabId id() {
        return id;
    }

    @Override
    public Node view() {
        viewBuilt = true;
        return lab().view();
    }

    @Override
    public void shown() {
        lab().shown();
    }

    @Override
    public ObjectNode saveState() {
        return lab().saveState();
    }

    @Override
    public Runnable prepareRestore(JsonNode state) {
        return lab().prepareRestore(state);
    }

    @Override
    public Node exportView() {
        viewBuilt = true;
        return lab().exportView();
    }

    @Override
    public List<FileChooser.ExtensionFilter> openableFiles() {
        return lab().openableFiles();
    }

    @Override
    public void open(Path file) {
        lab().open(file);
    }
}
