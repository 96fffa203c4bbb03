"""What BLAS PyTorch multiplies with, and its thread count: Debian's python3-torch (1.13, BLAS_INFO=generic)
calls sgemm/sgemv of the system's libblas.so.3, which libopenblas0-pthread makes OpenBLAS with its own pthreads
pool: torch.set_num_threads does not reach it, so the anchors set OpenBLAS's threads themselves."""
import ctypes
import re

import torch  # noqa: F401  (loads libblas.so.3 before we look for it)


def openblas():
    """The OpenBLAS library mapped into this process (ctypes handle), or None."""
    with open("/proc/self/maps") as maps:
        paths = sorted(set(re.findall(r"(/\S*openblas\S*\.so[.\d]*)", maps.read())))
    for path in paths:
        lib = ctypes.CDLL(path)
        if hasattr(lib, "openblas_set_num_threads"):
            lib.openblas_get_corename.restype = ctypes.c_char_p
            lib.openblas_get_config.restype = ctypes.c_char_p
            return lib
    return None


def set_threads(n, torch_threads=None):
    """OpenBLAS's threads to n (the products), torch's own intra-op threads to torch_threads when given (its
    element-wise work; left at torch's default otherwise, which is 1 on Debian's build here: with 2, its OpenMP
    threads spin against OpenBLAS's on a 2-core machine and a GPT-2 pass took 3-5 times longer, measured
    2026-12-02). Returns a description for the output line."""
    if torch_threads is not None:
        torch.set_num_threads(torch_threads)
    lib = openblas()
    if lib is None:
        return f"torch_threads={torch.get_num_threads()} blas=unknown"
    lib.openblas_set_num_threads(n)
    return (f"threads={lib.openblas_get_num_threads()} torch_threads={torch.get_num_threads()} "
            f"blas_core={lib.openblas_get_corename().decode()}")
