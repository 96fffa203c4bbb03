package deepmath.image;

import deepmath.conv.ConvolutionSpec;
import deepmath.conv.Kernel;

/** One kernel of a chain, with how it is applied. */
public record FilterStep(Kernel kernel, ConvolutionSpec spec) {
}
