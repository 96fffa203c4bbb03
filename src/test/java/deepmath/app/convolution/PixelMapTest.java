package deepmath.app.convolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import deepmath.conv.ConvolutionSpec;
import deepmath.conv.KernelLibrary;
import deepmath.conv.OutputSize;
import deepmath.conv.Pooling;
import deepmath.image.ChannelMode;
import deepmath.image.FilterStep;
import deepmath.image.ImageFilter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Result pixels back onto the source through output size, stride and pooling, counted by hand. */
class PixelMapTest {
    private static ImageFilter filter(ConvolutionSpec spec, Pooling pooling) {
        return new ImageFilter(List.of(new FilterStep(KernelLibrary.get("blur"), spec)), ChannelMode.PER_CHANNEL,
                Optional.ofNullable(pooling));
    }

    @Test
    void sameSizeWithoutPoolingIsTheIdentity() {
        PixelMap map = PixelMap.of(20, 10, filter(ConvolutionSpec.BOOK, null));
        assertArrayEquals(new int[] {7, 3, 1, 1}, map.sourceBlock(7, 3));
        assertArrayEquals(new int[] {7, 3}, map.resultPixel(7, 3));
    }

    @Test
    void validThenPoolingShiftsByTheKernelsHalfAndScalesByThePool() {
        // 'valid' 3×3 on 10 columns: output k is centred on input k + 1 (8 outputs); pooling 2 keeps 4.
        PixelMap map = PixelMap.of(10, 10, filter(ConvolutionSpec.BOOK.withSize(OutputSize.VALID),
                Pooling.of(Pooling.Kind.MAX, 2)));
        assertArrayEquals(new int[] {3, 5, 2, 2}, map.sourceBlock(1, 2), "pooled 1 = outputs 2, 3 = inputs 3, 4");
        assertArrayEquals(new int[] {1, 2}, map.resultPixel(4, 6));
        assertArrayEquals(new int[] {0, 3}, map.resultPixel(0, 9), "the border clamps to the first/last output");
    }

    @Test
    void aStrideOfTwoGivesEachResultPixelTwoSourcePixels() {
        PixelMap map = PixelMap.of(9, 9, filter(ConvolutionSpec.BOOK.withStride(2), null));
        assertArrayEquals(new int[] {6, 8, 2, 1}, map.sourceBlock(3, 4), "the last row has one source row left");
        assertArrayEquals(new int[] {3, 4}, map.resultPixel(7, 8));
    }
}
