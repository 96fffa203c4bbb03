#!/usr/bin/env python3
"""Speed anchors in PyTorch (what a reader of the book would use instead of keras) for one training epoch
on 8 000 28x28 inputs, batch 32, the same networks as the lab's benchmarks:
  dense: 784-128-10, ReLU, softmax cross-entropy, plain SGD lr 0.1   (lab: mnist-dense-epoch)
  cnn:   conv 3x3x8 'same' ReLU - max-pool 2 - conv 3x3x16 'same' ReLU - max-pool 2 - dropout 0.25 - dense 10,
         9 098 parameters, Adam lr 0.002                              (lab: mnist-cnn-epoch)
  cnn32: the book's chapter-14 MNIST CNN (line 15640): conv 3x3x32 'same' ReLU - conv 3x3x16 'same' ReLU -
         flatten - dense 10, 130 394 parameters, Adam lr 0.001         (lab: model-epoch-mnist-cnn32)
A copy of ../shared/bench/mnist_torch_anchor.py extended with cnn32 (issue 19).
Needs Debian's python3-torch; run it with /usr/bin/python3. Prints the median epoch time in milliseconds.

  mnist_torch_cnn32_anchor.py [--model dense|cnn|cnn32] [--threads 1] [--repeat 3]
"""
import argparse, time
import numpy as np
import torch
from torch import nn


def network(kind):
    if kind == "dense":
        return nn.Sequential(nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
    if kind == "cnn32":
        return nn.Sequential(nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(), nn.Conv2d(32, 16, 3, padding=1), nn.ReLU(),
                             nn.Flatten(), nn.Linear(16 * 28 * 28, 10))
    return nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Dropout(0.25), nn.Flatten(), nn.Linear(16 * 7 * 7, 10))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="dense", choices=["dense", "cnn", "cnn32"])
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--n", type=int, default=8000)
    ap.add_argument("--batch", type=int, default=32)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    X = torch.from_numpy(rng.random((a.n, 1, 28, 28), dtype=np.float32))
    y = torch.from_numpy(rng.integers(0, 10, size=a.n))
    net = network(a.model)
    count = sum(p.numel() for p in net.parameters())
    assert a.model == "dense" or count == {"cnn": 9098, "cnn32": 130394}[a.model]
    if a.model == "dense":
        opt = torch.optim.SGD(net.parameters(), lr=0.1)
    else:
        opt = torch.optim.Adam(net.parameters(), lr=0.002 if a.model == "cnn" else 0.001)
    loss = nn.CrossEntropyLoss()

    def epoch():
        for s in range(0, a.n, a.batch):
            opt.zero_grad(set_to_none=True)
            loss(net(X[s:s + a.batch]), y[s:s + a.batch]).backward()
            opt.step()

    epoch()  # warm-up
    ts = []
    for _ in range(a.repeat):
        t0 = time.perf_counter(); epoch(); ts.append(time.perf_counter() - t0)
    ts.sort()
    print(f"torch {a.model} epoch: n={a.n} batch={a.batch} threads={a.threads} ms={1000 * ts[len(ts) // 2]:.1f}")


if __name__ == "__main__":
    main()
