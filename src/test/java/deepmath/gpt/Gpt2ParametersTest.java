package deepmath.gpt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one table of GPT-2's parameters against what Hugging Face's GPT-2 small checkpoint holds. */
class Gpt2ParametersTest {

    @Test
    void gpt2SmallHas148TensorsAndItsKnownParameterCount() {
        List<Gpt2Parameters.Parameter> table = Gpt2Parameters.of(Gpt2Config.SMALL);
        assertEquals(2 + 12 * 12 + 2, table.size());
        // 124 439 808: the count Hugging Face reports for "gpt2" (lm_head tied to wte, not counted again).
        assertEquals(124_439_808L, table.stream().mapToLong(Gpt2Parameters.Parameter::elementCount).sum());
        assertEquals(124_439_808L, Gpt2Config.SMALL.parameterCount());
        assertEquals(table.size(), table.stream().map(Gpt2Parameters.Parameter::name).distinct().count());
    }

    @Test
    void namesShapesAndRolesFollowTheCheckpointLayout() {
        List<Gpt2Parameters.Parameter> table = Gpt2Parameters.of(new Gpt2Config(2, 4, 128, 64, 4408, 1e-5));
        assertEquals("wte.weight", table.get(0).name());
        assertArrayEquals(new long[] {4408, 128}, table.get(0).shape());
        assertEquals("wpe.weight", table.get(1).name());
        assertArrayEquals(new long[] {64, 128}, table.get(1).shape());
        List<String> block1 = table.subList(2 + 12, 2 + 24).stream().map(Gpt2Parameters.Parameter::name).toList();
        assertEquals(List.of("h.1.ln_1.weight", "h.1.ln_1.bias", "h.1.attn.c_attn.weight", "h.1.attn.c_attn.bias",
                "h.1.attn.c_proj.weight", "h.1.attn.c_proj.bias", "h.1.ln_2.weight", "h.1.ln_2.bias",
                "h.1.mlp.c_fc.weight", "h.1.mlp.c_fc.bias", "h.1.mlp.c_proj.weight", "h.1.mlp.c_proj.bias"), block1);
        // Conv1D layout [in, out]: c_attn n → 3n, c_fc n → 4n, the MLP's projection 4n → n.
        assertArrayEquals(new long[] {128, 384}, table.get(2 + 12 + 2).shape());
        assertArrayEquals(new long[] {128, 512}, table.get(2 + 12 + 8).shape());
        assertArrayEquals(new long[] {512, 128}, table.get(2 + 12 + 10).shape());
        assertEquals(Gpt2Parameters.Role.RESIDUAL_WEIGHT, table.get(2 + 12 + 4).role());
        assertEquals(Gpt2Parameters.Role.RESIDUAL_WEIGHT, table.get(2 + 12 + 10).role());
        assertEquals("ln_f.bias", table.get(table.size() - 1).name());
    }

    @Test
    void thePrefixIsTransformerOnlyWhenTheTokenEmbeddingCarriesIt() {
        assertEquals("transformer.", Gpt2Parameters.prefixIn(Set.of("transformer.wte.weight", "lm_head.weight")::contains));
        assertEquals("", Gpt2Parameters.prefixIn(Set.of("wte.weight")::contains));
        assertEquals("", Gpt2Parameters.prefixIn(Set.of("transformer.h.0.ln_1.weight")::contains));
    }
}
