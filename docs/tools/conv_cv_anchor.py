#!/usr/bin/env python3
"""Speed anchors for 2-D convolution of one grey float32 image by what image people use instead of scipy:
OpenCV's filter2D (SIMD, threaded) and PyTorch's conv2d (oneDNN). Same work as the lab's
`conv2d-grey-2048-kK`: 'same' output, zero padding. Needs Debian's python3-opencv and python3-torch;
run it with /usr/bin/python3. Prints the median of each in milliseconds.
--channels 3 is the work of `conv2d-rgb-2048-kK`: an RGB image (H x W x 3 float32), the same kernel on each
channel, which filter2D does in one call on the interleaved image (torch: one grouped conv2d on 3 planes).
(The copy in ../shared/bench/ has no --channels; this one in docs/tools/ is otherwise the same.)

  conv_cv_anchor.py [--size 2048] [--kernel 3] [--channels 1|3] [--repeat 11] [--threads 2]
"""
import argparse, time
import numpy as np


def median_ms(fn, repeat):
    fn()
    ts = []
    for _ in range(repeat):
        t0 = time.perf_counter(); fn(); ts.append(time.perf_counter() - t0)
    return 1000 * sorted(ts)[len(ts) // 2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=2048)
    ap.add_argument("--kernel", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=11)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--channels", type=int, default=1, choices=(1, 3))
    a = ap.parse_args()
    rng = np.random.default_rng(0)
    shape = (a.size, a.size) if a.channels == 1 else (a.size, a.size, 3)
    img = rng.integers(0, 256, size=shape).astype(np.float32)
    k = rng.normal(size=(a.kernel, a.kernel)).astype(np.float32)
    out = [f"size={a.size} kernel={a.kernel} channels={a.channels} threads={a.threads}"]
    try:
        import cv2
        cv2.setNumThreads(a.threads)
        dst = np.empty_like(img)
        flipped = np.ascontiguousarray(k[::-1, ::-1])  # filter2D correlates; flip for a convolution
        out.append(f"opencv.filter2D_ms={median_ms(lambda: cv2.filter2D(img, -1, flipped, dst, borderType=cv2.BORDER_CONSTANT), a.repeat):.1f}")
    except ImportError:
        out.append("opencv=missing")
    try:
        import torch
        torch.set_num_threads(a.threads)
        c = a.channels
        planes = img if c == 1 else np.ascontiguousarray(img.transpose(2, 0, 1))
        x = torch.from_numpy(planes).view(1, c, a.size, a.size)
        w = torch.from_numpy(np.ascontiguousarray(k[::-1, ::-1])).view(1, 1, a.kernel, a.kernel).repeat(c, 1, 1, 1)
        with torch.inference_mode():
            out.append(f"torch.conv2d_ms={median_ms(lambda: torch.nn.functional.conv2d(x, w, padding=a.kernel // 2, groups=c), a.repeat):.1f}")
    except ImportError:
        out.append("torch=missing")
    print(" ".join(out))


if __name__ == "__main__":
    main()
