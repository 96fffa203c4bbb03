#!/bin/sh
# Lab against its PyTorch anchor, alternately, in the same minutes: nd4j-mmul-1024, gpt2-small-64, gpt2-generate.
# Each line is prefixed with the UTC time and the load average, so that a loaded machine shows in the figures.
#
#   sh docs/tools/lab_vs_anchor.sh [ROUNDS] [BENCH...]      (from the repository root, after mvn package)
#
# ROUNDS (default 2) rounds of: lab, anchor with all cores, anchor with 1 thread. BENCH: mmul, forward, generate
# (default these three), cnn (the digits lab's CNN epoch, mnist-cnn-epoch) and cnn32 (the book's ch. 14 CNN,
# model-epoch-mnist-cnn32, ~15 s a round), whose anchors run with all cores only; conv (grey 2048² 3×3/5×5/7×7 and
# RGB 5×5/7×7 against OpenCV's filter2D, the lab through target/deepmath-lab, the launcher that gives the JVM the
# Vector API the SIMD interior needs, and once through java -jar, the fallback), grid (eval-grid-400, no anchor) and
# startup (the window's cold start through the launcher and through java -jar, no anchor). The GPT-2 benchmarks read the random GPT-2 small that `bench gpt2-small-64` writes once
# into $TMPDIR/deepmath-gpt2-small-random-seed0 (or /tmp/...); pass another folder with MODEL=DIR.
# JAR=OTHER.jar measures another build (a copy beside its lib/); BEFORE=OLD.jar also runs an older build of the lab in each round (the before/after ratio of a change).
# Needs /usr/bin/python3 with Debian's python3-torch and libopenblas0-pthread.
set -e
ROUNDS=${1:-2}
[ $# -gt 0 ] && shift
BENCHES=${*:-mmul forward generate}
JAR=${JAR:-target/deepmath-lab.jar}
PY=/usr/bin/python3
TOOLS=$(dirname "$0")
MODEL=${MODEL:-${TMPDIR:-/tmp}/deepmath-gpt2-small-random-seed0}
CORES=$(nproc)

stamp() {
    printf '%s load=%s ' "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1 /proc/loadavg)"
}
lab() {
    stamp; java -jar "$JAR" bench "$@" 2>/dev/null | grep -v '^\s*$' | tail -1
    if [ -n "$BEFORE" ]; then
        stamp; printf 'before: '; java -jar "$BEFORE" bench "$@" 2>/dev/null | grep -v '^\s*$' | tail -1
    fi
}
launcher() {
    stamp; printf 'launcher: '; "$(dirname "$JAR")/deepmath-lab" bench "$@" 2>/dev/null | grep -v '^\s*$' | tail -1
}
anchor() {
    stamp; "$PY" "$@"
}

case " $BENCHES " in *" forward "*|*" generate "*) NEED_MODEL=1 ;; esac
if [ -n "$NEED_MODEL" ] && [ ! -f "$MODEL/model.safetensors" ]; then
    java -jar "$JAR" bench gpt2-small-64 --warmup 0 --runs 1 >/dev/null
fi
for r in $(seq "$ROUNDS"); do
    for b in $BENCHES; do
        case $b in
        mmul)
            lab nd4j-mmul-1024 --runs 20
            lab nd4j-mmul-1024 --runs 20 --param path=mmuli
            anchor "$TOOLS/torch_sgemm_anchor.py" --threads "$CORES"
            anchor "$TOOLS/torch_sgemm_anchor.py" --threads 1 ;;
        forward)
            # 30 runs after 3 warm-ups on both sides: with 7 after 2 the lab's median still held JIT warm-up (M4, 18:06).
            lab gpt2-small-64 --model "$MODEL" --runs 30 --warmup 3
            lab gpt2-small-64 --model "$MODEL" --runs 30 --warmup 3 --param split=lab   # the work on the lab's threads
            anchor "$TOOLS/gpt2_torch_generate.py" "$MODEL" --forward --repeat 30 --threads "$CORES"
            anchor "$TOOLS/gpt2_torch_generate.py" "$MODEL" --forward --repeat 30 --threads 1 ;;
        generate)
            lab gpt2-generate --model "$MODEL" --warmup 1 --runs 3
            anchor "$TOOLS/gpt2_torch_generate.py" "$MODEL" --threads "$CORES" --repeat 3
            anchor "$TOOLS/gpt2_torch_generate.py" "$MODEL" --threads 1 --repeat 3 ;;
        cnn)
            lab mnist-cnn-epoch
            anchor "$TOOLS/mnist_torch_cnn32_anchor.py" --model cnn --threads "$CORES" ;;
        cnn32)
            lab model-epoch-mnist-cnn32 --warmup 0 --runs 1
            anchor "$TOOLS/mnist_torch_cnn32_anchor.py" --model cnn32 --threads "$CORES" --repeat 1 ;;
        conv)
            for k in 3 5 7; do
                launcher conv2d-grey-2048-k$k
                anchor "$TOOLS/conv_cv_anchor.py" --kernel $k --threads "$CORES"
            done
            for k in 5 7; do
                launcher conv2d-rgb-2048-k$k
                anchor "$TOOLS/conv_cv_anchor.py" --kernel $k --channels 3 --threads "$CORES"
            done
            lab conv2d-grey-2048-k3 ;;
        grid)
            lab eval-grid-400 ;;
        startup)
            # the launcher's JVM options (its class-data archive), then a bare java -jar
            lab startup-window --warmup 0 --runs 3 --param "jvm=--add-modules jdk.incubator.vector -XX:SharedArchiveFile=$(dirname "$JAR")/deepmath-lab.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
            lab startup-window --warmup 0 --runs 3 ;;
        esac
    done
done
