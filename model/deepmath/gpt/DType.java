package deepmath.gpt;

import java.nio.ByteBuffer;

/**
 * The element types of a safetensors file this lab reads (GPT-2 checkpoints come as F32, F16 or BF16; F64,
 * which PyTorch writes for a model kept in double precision, is read and rounded to float like the others).
 */
public enum DType {
    F32(4), F16(2), BF16(2), F64(8);

    private final int bytes;

    DType(int bytes) {
        this.bytes = bytes;
    }

    public int bytes() {
        return bytes;
    }

    /** Reads {@code count} values from {@code in} (little-endian, positioned) as floats. */
    void readFloats(ByteBuffer in, float[] out) {
        switch (this) {
            case F32 -> in.asFloatBuffer().get(out);
            case F16 -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = halfToFloat(in.getShort(in.position() + 2 * i));
                }
            }
            case BF16 -> {
                // bfloat16 is the top half of a float32: shift it back into place.
                for (int i = 0; i < out.length; i++) {
                    out[i] = Float.intBitsToFloat((in.getShort(in.position() + 2 * i) & 0xFFFF) << 16);
                }
            }
            case F64 -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = (float) in.getDouble(in.position() + 8 * i);
                }
            }
        }
    }

    /** "F32, F16, BF16 or F64", for messages. */
    static String names() {
        DType[] all = values();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < all.length; i++) {
            s.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].name());
        }
        return s.toString();
    }

    /** Writes {@code values} in this type, little-endian, at the buffer's position. */
    void writeFloats(float[] values, ByteBuffer out) {
        for (float v : values) {
            switch (this) {
                case F32 -> out.putFloat(v);
                case F16 -> out.putShort(floatToHalf(v));
                case BF16 -> out.putShort((short) (bf16Round(v) >>> 16));
                case F64 -> out.putDouble(v);
            }
        }
    }

    /** IEEE 754 binary16 → binary32 (subnormals, infinities and NaN included). */
    static float halfToFloat(short half) {
        int h = half & 0xFFFF;
        int sign = (h & 0x8000) << 16;
        int exponent = (h >>> 10) & 0x1F;
        int mantissa = h & 0x3FF;
        if (exponent == 0x1F) {
            return Float.intBitsToFloat(sign | 0x7F800000 | (mantissa << 13));
        }
        if (exponent == 0) {
            float magnitude = mantissa * 0x1p-24f;
            return sign != 0 ? -magnitude : magnitude;
        }
        return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
    }

    /** binary32 → binary16, rounding to nearest even (through Java's float → half-exact double path). */
    static short floatToHalf(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        float abs = Math.abs(value);
        if (Float.isNaN(value)) {
            return (short) (sign | 0x7E00);
        }
        if (abs >= 65520f) {
            return (short) (sign | 0x7C00);
        }
        if (abs < 0x1p-14f) {
            // Subnormal: a multiple of 2^-24, rounded to nearest even by Math.rint.
            return (short) (sign | (int) Math.rint(abs * 0x1p24));
        }
        int exponent = Math.getExponent(abs);
        float scaled = Math.scalb(abs, 10 - exponent); // in [1024, 2048)
        int mantissa = (int) Math.rint(scaled);
        if (mantissa == 2048) {
            mantissa = 1024;
            exponent++;
        }
        if (exponent > 15) {
            return (short) (sign | 0x7C00);
        }
        return (short) (sign | ((exponent + 15) << 10) | (mantissa - 1024));
    }

    private static int bf16Round(float v) {
        int bits = Float.floatToRawIntBits(v);
        if (Float.isNaN(v)) {
            return 0x7FC00000;
        }
        return bits + 0x7FFF + ((bits >>> 16) & 1); // round to nearest even on the dropped half
    }

    static DType parse(String name, String tensor, String file) {
        for (DType type : values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        throw new deepmath.core.BadInputException(GptProblem.UNREADABLE_DTYPE, file, tensor, name, names());
    }
}
