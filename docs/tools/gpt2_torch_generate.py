#!/usr/bin/env python3
"""The anchor of `bench gpt2-generate`: GPT-2 (the architecture of a Hugging Face folder: config.json +
model.safetensors, float32) generates 64 tokens greedily after a 64-token prompt, in plain PyTorch with a
key/value cache: one pass over the prompt, then one token at a time; the 64th token is chosen from the 63rd
one-token pass's logits and not run (the lab's work exactly). A one-row product is a matrix-vector product
(torch.addmv, i.e. sgemv), as in the lab; --addmm keeps addmm (sgemm with one row) to show the difference.

  /usr/bin/python3 docs/tools/gpt2_torch_generate.py DIR [--threads N] [--torch-threads M] [--repeat 3] [--addmm]
  /usr/bin/python3 docs/tools/gpt2_torch_generate.py DIR --forward [--threads N] [--repeat 7]

--forward is the anchor of `bench gpt2-small-64` instead: one pass over 64 tokens with every layer's attention
weights kept and the last position's logits (the same code on an empty cache), median and best of the repeats.

DIR: the folder `bench gpt2-generate` prints on stderr (its random GPT-2 small, kept in the temporary directory).
--threads N sets OpenBLAS's threads (default: all cores), --torch-threads M torch's own (default: torch's,
1 here; see torch_blas.py). Prints one line:
  torch gpt2-generate: threads=N ... prompt=64 new_tokens=64 prefill_ms=P decode_ms_per_token=D
  tokens_per_s=S median_ms=M min_ms=X
(tokens_per_s: 64 over the median run, prompt included; prefill_ms: the prompt's pass alone, best of 3.)
Needs Debian's python3-torch and libopenblas0-pthread.
"""
import argparse
import json
import math
import os
import struct
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torch_blas import set_threads  # noqa: E402

PROMPT, NEW = 64, 64


def read_safetensors(path):
    """The float32 tensors of a safetensors file, memory-mapped, without the `transformer.` prefix."""
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
    data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + n)
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if info["dtype"] != "F32":
            raise SystemExit(f"{name}: {info['dtype']} (this anchor reads F32 only)")
        a, b = info["data_offsets"]
        arr = np.frombuffer(data[a:b], dtype=np.float32).reshape(info["shape"])
        out[name[len("transformer."):] if name.startswith("transformer.") else name] = torch.from_numpy(arr.copy())
    return out


class Gpt2:
    def __init__(self, folder, addmm):
        self.cfg = json.load(open(os.path.join(folder, "config.json")))
        self.t = read_safetensors(os.path.join(folder, "model.safetensors"))
        self.L, self.H, self.D = self.cfg["n_layer"], self.cfg["n_head"], self.cfg["n_embd"]
        self.eps = self.cfg.get("layer_norm_epsilon", 1e-5)
        self.addmm = addmm

    def lin(self, x, name):
        w, b = self.t[name + ".weight"], self.t[name + ".bias"]        # Conv1D layout [in, out]
        if x.shape[0] == 1 and not self.addmm:
            return torch.addmv(b, w.t(), x[0]).unsqueeze(0)           # sgemv
        return torch.addmm(b, x, w)

    def new_cache(self, capacity):
        hd = self.D // self.H
        return [torch.zeros(2, self.H, capacity, hd) for _ in range(self.L)], [0]

    @torch.inference_mode()
    def extend(self, cache, ids, attentions=None):
        """Runs the new tokens `ids` after the cached ones; returns the last position's logits (and appends each
        layer's attention weights [heads, m, keys] to `attentions` when given)."""
        kv, length = cache
        start, m = length[0], len(ids)
        D, H = self.D, self.H
        hd = D // H
        x = self.t["wte.weight"][torch.tensor(ids)] + self.t["wpe.weight"][start:start + m]
        keys = start + m
        mask = torch.ones(m, keys, dtype=torch.bool).triu(start + 1) if m > 1 else None
        for i in range(self.L):
            g = lambda k: self.t[f"h.{i}.{k}"]  # noqa: E731
            a = torch.nn.functional.layer_norm(x, (D,), g("ln_1.weight"), g("ln_1.bias"), self.eps)
            q, k, v = self.lin(a, f"h.{i}.attn.c_attn").view(m, 3, H, hd).permute(1, 2, 0, 3)
            kv[i][0, :, start:keys] = k
            kv[i][1, :, start:keys] = v
            s = (q @ kv[i][0, :, :keys].transpose(1, 2)) / math.sqrt(hd)   # [H, m, keys]
            if mask is not None:
                s = s.masked_fill(mask, float("-inf"))
            p = torch.softmax(s, dim=-1)
            if attentions is not None:
                attentions.append(p)
            o = (p @ kv[i][1, :, :keys]).transpose(0, 1).reshape(m, D)
            x = x + self.lin(o, f"h.{i}.attn.c_proj")
            h = torch.nn.functional.layer_norm(x, (D,), g("ln_2.weight"), g("ln_2.bias"), self.eps)
            h = torch.nn.functional.gelu(self.lin(h, f"h.{i}.mlp.c_fc"), approximate="tanh")
            x = x + self.lin(h, f"h.{i}.mlp.c_proj")
        length[0] = keys
        last = torch.nn.functional.layer_norm(x[-1], (D,), self.t["ln_f.weight"], self.t["ln_f.bias"], self.eps)
        return torch.mv(self.t["wte.weight"], last)                    # tied unembedding, sgemv

    def generate(self, prompt):
        cache = self.new_cache(len(prompt) + NEW)
        logits = self.extend(cache, prompt)
        out = []
        while True:
            nxt = int(torch.argmax(logits))
            out.append(nxt)
            if len(out) == NEW:
                return out
            logits = self.extend(cache, [nxt])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--torch-threads", type=int)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--addmm", action="store_true")
    ap.add_argument("--forward", action="store_true")
    a = ap.parse_args()
    threads = set_threads(a.threads, a.torch_threads)
    model = Gpt2(a.dir, a.addmm)
    prompt = [int(i) for i in np.random.default_rng(1).integers(0, model.cfg["vocab_size"], size=PROMPT)]
    if a.forward:
        forward = lambda: model.extend(model.new_cache(PROMPT), prompt, [])  # noqa: E731
        forward()
        runs = sorted(timed(forward) for _ in range(a.repeat))
        print(f"torch gpt2-small-64: {threads} tokens={PROMPT} attentions=kept "
              f"forward_median_ms={runs[len(runs) // 2]:.1f} forward_min_ms={runs[0]:.1f}")
        return
    prefill = min(timed(lambda: model.extend(model.new_cache(PROMPT), prompt)) for _ in range(3))
    model.generate(prompt)                                             # warm-up
    runs = sorted(timed(lambda: model.generate(prompt)) for _ in range(a.repeat))
    median = runs[len(runs) // 2]
    print(f"torch gpt2-generate: {threads} one_row={'addmm' if a.addmm else 'addmv'} prompt={PROMPT} "
          f"new_tokens={NEW} prefill_ms={prefill:.1f} decode_ms_per_token={(median - prefill) / (NEW - 1):.1f} "
          f"tokens_per_s={NEW / (median / 1000):.1f} median_ms={median:.1f} min_ms={runs[0]:.1f}")


def timed(f):
    t = time.perf_counter()
    f()
    return 1000 * (time.perf_counter() - t)


if __name__ == "__main__":
    main()
