package deepmath.app.convolution;

import deepmath.conv.ConvolutionSpec;
import deepmath.conv.Kernel;
import deepmath.conv.KernelLibrary;
import deepmath.conv.Pooling;
import deepmath.image.ChannelMode;
import deepmath.image.FilterStep;
import deepmath.image.ImageFilter;
import deepmath.image.SampleImages;
import deepmath.image.ToneMapping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the image tab shows: the picture (a sample or a file), the kernel being edited, its spec, the
 * kernels chained before it, colour channels, how the result is mapped to 0…255, and pooling.
 */
record ImageSettings(Source source, KernelChoice kernel, ConvolutionSpec spec, List<FilterStep> chain,
                     ChannelMode channels, ToneMapping tone, PoolingChoice pooling) {
    static final ImageSettings DEFAULT = new ImageSettings(new Source.Sample(SampleImages.KEYS.get(0)),
            new KernelChoice(KernelLibrary.get("identity"), false), ConvolutionSpec.BOOK, List.of(),
            ChannelMode.PER_CHANNEL, ToneMapping.CLIP, PoolingChoice.NONE);

    ImageSettings {
        Objects.requireNonNull(source);
        Objects.requireNonNull(kernel);
        Objects.requireNonNull(spec);
        chain = List.copyOf(chain);
        Objects.requireNonNull(channels);
        Objects.requireNonNull(tone);
        Objects.requireNonNull(pooling);
    }

    /** The picture convolved. */
    sealed interface Source {
        /** One of {@link SampleImages#KEYS}. */
        record Sample(String key) implements Source {
        }

        /** A picture the user opened (sessions reopen it from here). */
        record File(Path path) implements Source {
        }
    }

    /**
     * The kernel as edited: the grid's weights and "divide by the sum". The preset menu shows the library's
     * name for the weights, "custom" for any others.
     */
    record KernelChoice(Kernel weights, boolean normalised) {
        KernelChoice {
            Objects.requireNonNull(weights);
        }

        /** What is convolved with. */
        Kernel effective() {
            return normalised ? weights.normalised() : weights;
        }
    }

    /** No pooling, or max or average pooling over size × size blocks (stride = size, the book's). */
    record PoolingChoice(Mode mode, int size) {
        static final int MIN_SIZE = 2;
        static final int MAX_SIZE = 16;
        static final PoolingChoice NONE = new PoolingChoice(Mode.NONE, 4);

        enum Mode {
            NONE("none"), MAX("max"), AVERAGE("avg");

            private final String key;

            Mode(String key) {
                this.key = key;
            }

            String key() {
                return key;
            }
        }

        PoolingChoice {
            Objects.requireNonNull(mode);
            if (size < MIN_SIZE || size > MAX_SIZE) {
                throw new IllegalArgumentException("pooling size " + size);
            }
        }

        Optional<Pooling> pooling() {
            return switch (mode) {
                case NONE -> Optional.empty();
                case MAX -> Optional.of(Pooling.of(Pooling.Kind.MAX, size));
                case AVERAGE -> Optional.of(Pooling.of(Pooling.Kind.AVERAGE, size));
            };
        }
    }

    /** The step being edited, after the chain. */
    FilterStep currentStep() {
        return new FilterStep(kernel.effective(), spec);
    }

    /** What the tab computes: the chain, then the kernel being edited, per channel or grey, then pooling. */
    ImageFilter filter() {
        List<FilterStep> steps = new ArrayList<>(chain);
        steps.add(currentStep());
        return new ImageFilter(steps, channels, pooling.pooling());
    }

    ImageSettings withSource(Source value) {
        return new ImageSettings(value, kernel, spec, chain, channels, tone, pooling);
    }

    ImageSettings withKernel(KernelChoice value) {
        return new ImageSettings(source, value, spec, chain, channels, tone, pooling);
    }

    ImageSettings withSpec(ConvolutionSpec value) {
        return new ImageSettings(source, kernel, value, chain, channels, tone, pooling);
    }

    ImageSettings withChain(List<FilterStep> value) {
        return new ImageSettings(source, kernel, spec, value, channels, tone, pooling);
    }

    ImageSettings withChannels(ChannelMode value) {
        return new ImageSettings(source, kernel, spec, chain, value, tone, pooling);
    }

    ImageSettings withTone(ToneMapping value) {
        return new ImageSettings(source, kernel, spec, chain, channels, value, pooling);
    }

    ImageSettings withPooling(PoolingChoice value) {
        return new ImageSettings(source, kernel, spec, chain, channels, tone, value);
    }
}
