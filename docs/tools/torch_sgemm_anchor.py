#!/usr/bin/env python3
"""The anchor of `bench nd4j-mmul-1024`: PyTorch's float32 1024x1024 product into a preallocated result, median of
20 after 5 warm-ups (the lab's benchmark: median of 10 after 3, same product, `--runs 20` for the same count).

  /usr/bin/python3 docs/tools/torch_sgemm_anchor.py [--threads N] [--torch-threads M]    (default N = all cores)

Prints: torch-sgemm-1024 threads=N torch_threads=M blas_core=NAME gflops=G median_ms=M min_ms=X
"""
import argparse
import os
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torch_blas import set_threads  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--torch-threads", type=int)
    ap.add_argument("--runs", type=int, default=20)
    a = ap.parse_args()
    threads = set_threads(a.threads, a.torch_threads)
    n = 1024
    torch.manual_seed(42)
    x, y, z = torch.rand(n, n), torch.rand(n, n), torch.empty(n, n)
    for _ in range(5):
        torch.mm(x, y, out=z)
    ts = []
    for _ in range(a.runs):
        t = time.perf_counter()
        torch.mm(x, y, out=z)
        ts.append(time.perf_counter() - t)
    ts.sort()
    med = ts[len(ts) // 2] if len(ts) % 2 else (ts[len(ts) // 2 - 1] + ts[len(ts) // 2]) / 2
    print(f"torch-sgemm-1024 {threads} gflops={2 * n ** 3 / med / 1e9:.1f} median_ms={med * 1e3:.3f} "
          f"min_ms={ts[0] * 1e3:.3f}")


if __name__ == "__main__":
    main()
