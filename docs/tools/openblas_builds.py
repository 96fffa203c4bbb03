"""Two OpenBLAS builds on GPT-2 small's qkv product, one thread, cold weights (issue 23, docs/benchmarks.md).

    /usr/bin/python3 docs/tools/openblas_builds.py LIBRARY.so [LIBRARY.so ...]

For each library (the bundled build JavaCPP unpacks into ~/.javacpp/cache/openblas-0.3.21-1.5.8-linux-x86_64.jar/
org/bytedeco/openblas/linux-x86_64/libopenblas_nolapack.so, Debian's
/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblasp-r0.3.21.so): cblas_sgemm of 64 tokens x [768, 2304] weights
as the lab calls it (row-major, x . W + C), over 24 weight matrices (170 MB, so that each is read from memory as in a
pass), four ways: blocks of 384 columns of W in place ('strided', the lab's former split), the same blocks stored
contiguously ('blocks'), W stored transposed ('transposed'), one call over all columns ('whole'). GFLOP/s, median of 7.
"""
import ctypes
import sys
import time

import numpy as np

T, N, L, BLOCK = 64, 768, 24, 384


def measure(path):
    lib = ctypes.CDLL(path)
    lib.openblas_set_num_threads(1)
    lib.openblas_get_corename.restype = ctypes.c_char_p
    ptr, one = ctypes.c_void_p, ctypes.c_float(1.0)

    def sgemm(trans_b, m, n, k, a, lda, b, ldb, c, ldc):
        lib.cblas_sgemm(101, 111, 112 if trans_b else 111, m, n, k, one, ptr(a), lda, ptr(b), ldb, one, ptr(c), ldc)

    rng = np.random.default_rng(0)
    x = rng.standard_normal((T, N), dtype=np.float32)
    ws = [rng.standard_normal((N, 3 * N), dtype=np.float32) for _ in range(L)]
    wt = [np.ascontiguousarray(w.T) for w in ws]
    wb = [[np.ascontiguousarray(w[:, i:i + BLOCK]) for i in range(0, 3 * N, BLOCK)] for w in ws]
    c = np.zeros((T, 3 * N), np.float32)

    def run(kind):
        start = time.perf_counter()
        for layer in range(L):
            if kind == 'strided':
                for i in range(0, 3 * N, BLOCK):
                    sgemm(False, T, BLOCK, N, x.ctypes.data, N, ws[layer].ctypes.data + 4 * i, 3 * N,
                          c.ctypes.data + 4 * i, 3 * N)
            elif kind == 'blocks':
                for j, block in enumerate(wb[layer]):
                    sgemm(False, T, BLOCK, N, x.ctypes.data, N, block.ctypes.data, BLOCK,
                          c.ctypes.data + 4 * j * BLOCK, 3 * N)
            elif kind == 'transposed':
                for i in range(0, 3 * N, BLOCK):
                    sgemm(True, T, BLOCK, N, x.ctypes.data, N, wt[layer].ctypes.data + 4 * i * N, N,
                          c.ctypes.data + 4 * i, 3 * N)
            else:
                sgemm(False, T, 3 * N, N, x.ctypes.data, N, ws[layer].ctypes.data, 3 * N, c.ctypes.data, 3 * N)
        return time.perf_counter() - start

    kinds = ['strided', 'blocks', 'transposed', 'whole']
    times = {k: [] for k in kinds}
    for _ in range(7):
        for k in kinds:
            times[k].append(run(k))
    flops = 2 * T * 3 * N * N * L
    figures = ' '.join('%s=%.1f' % (k, flops / sorted(v)[3] / 1e9) for k, v in times.items())
    print('%s core=%s gflops: %s' % (path.split('/')[-1], lib.openblas_get_corename().decode(), figures))


if __name__ == '__main__':
    for library in sys.argv[1:]:
        measure(library)
