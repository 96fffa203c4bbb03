package deepmath.tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * What an operation does to the blocks, before → after: the operands and the result, each element tagged with
 * a key (a colour on screen) that says where it goes or comes from. Elements that only move (reshape, flatten,
 * transpose, concatenate, stack) keep their key, so the eye follows each number; the elements summed into one
 * (sum, mean) share the key of that result; with broadcasting the smaller operand is drawn again stretched to
 * the result's shape, each copy of an element with its key. Key −1: not tagged (the larger operand of a
 * broadcast). The keys are computed by the same operation applied to the elements' positions, not by a
 * separate rule per operation, so they cannot disagree with the result.
 */
public record TensorDiagram(List<Block> before, List<Block> stretched, Block after, String numpy, String tensorflow) {

    /** One tensor as drawn: its name (T, A, B, or the expression), values and one key per element. */
    public record Block(String name, Tensor tensor, int[] keys) {
        public Block {
            keys = keys.clone();
            if (keys.length != tensor.size()) {
                throw new IllegalArgumentException(keys.length + " keys for " + tensor.size() + " elements");
            }
        }

        @Override
        public int[] keys() {
            return keys.clone();
        }

        public int key(int flat) {
            return keys[flat];
        }
    }

    public TensorDiagram {
        before = List.copyOf(before);
        stretched = List.copyOf(stretched);
    }

    /** Computes the result (ND4J) and the keys of {@code operation} on T = a, or on A = a and B = b. */
    public static TensorDiagram of(TensorOperation operation, Tensor a, Tensor b) {
        Tensor result = operation.apply(a, b);
        String numpy = operation.numpy();
        String tf = operation.tensorflow();
        TensorOperation.Kind kind = operation.kind();
        boolean two = kind.operands() == 2;
        int na = a.size();
        switch (kind) {
            case SUM, MEAN -> {
                int[] keys = new int[na];
                int axis = operation.axis();
                int[] outShape = result.shape();
                for (int flat = 0; flat < na; flat++) {
                    int[] index = Tensor.index(a.shape(), flat);
                    int[] reduced = new int[index.length - 1];
                    for (int k = 0, j = 0; k < index.length; k++) {
                        if (k != axis) {
                            reduced[j++] = index[k];
                        }
                    }
                    keys[flat] = reduced.length == 0 ? 0 : Tensor.flatIndex(outShape, reduced);
                }
                return new TensorDiagram(List.of(new Block("T", a, keys)), List.of(),
                        new Block(numpy, result, positions(result.size(), 0)), numpy, tf);
            }
            case ADD, MULTIPLY -> {
                // The operand with fewer elements is the one repeated; it carries the keys.
                boolean stretchB = b.size() <= na;
                Tensor small = stretchB ? b : a;
                int[] smallKeys = positions(small.size(), 0);
                Tensor keyTensor = Tensors.broadcastTo(ids(small, 0), result.shape());
                int[] stretchedKeys = keysOf(keyTensor);
                Block blockA = new Block("A", a, stretchB ? none(na) : smallKeys);
                Block blockB = new Block("B", b, stretchB ? smallKeys : none(b.size()));
                List<Block> stretched = new ArrayList<>();
                stretched.add(stretchB ? new Block("A", a, none(na)) : new Block("A", Tensors.broadcastTo(a, result.shape()), stretchedKeys));
                stretched.add(stretchB ? new Block("B", Tensors.broadcastTo(b, result.shape()), stretchedKeys)
                        : new Block("B", Tensors.broadcastTo(b, result.shape()), none(result.size())));
                return new TensorDiagram(List.of(blockA, blockB), stretched, new Block(numpy, result, stretchedKeys),
                        numpy, tf);
            }
            case MATMUL -> {
                // Each result cell mixes a whole row of A with a whole column of B: no element goes to one place.
                return new TensorDiagram(List.of(new Block("A", a, none(na)), new Block("B", b, none(b.size()))),
                        List.of(), new Block(numpy, result, positions(result.size(), 0)), numpy, tf);
            }
            default -> {
                // Moves only: the operation applied to the positions says where each element went.
                Tensor idsA = ids(a, 0);
                Tensor idsB = two ? ids(b, na) : null;
                int[] keys = keysOf(operation.apply(idsA, idsB));
                List<Block> before = two ? List.of(new Block("A", a, keysOf(idsA)), new Block("B", b, keysOf(idsB)))
                        : List.of(new Block("T", a, keysOf(idsA)));
                return new TensorDiagram(before, List.of(), new Block(numpy, result, keys), numpy, tf);
            }
        }
    }

    /** A tensor of t's shape holding each element's position, from {@code offset}. */
    private static Tensor ids(Tensor t, int offset) {
        double[] v = new double[t.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = offset + i;
        }
        return new Tensor(t.shape(), v);
    }

    private static int[] keysOf(Tensor ids) {
        int[] keys = new int[ids.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (int) Math.round(ids.flat(i));
        }
        return keys;
    }

    private static int[] positions(int n, int offset) {
        int[] keys = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = offset + i;
        }
        return keys;
    }

    private static int[] none(int n) {
        int[] keys = new int[n];
        java.util.Arrays.fill(keys, -1);
        return keys;
    }
}
