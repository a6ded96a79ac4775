#!/usr/bin/env bash
# Runs Portcullis's classifier (benchmark quick mode, one-by-one and batch lookups) and DPDK's rte_acl
# (../shared/benchdata/run-dpdk-acl.sh) on the same ClassBench sets and traces, alternating, a few rounds, and
# prints every figure: on a shared machine compare the ratios of one round, not absolute numbers.
# Usage: benchmarks/compare-classbench.sh [ROUNDS] [SET...]   (default: 3 rounds of acl1_10k acl1_100k)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=$here/../shared/benchdata
rounds=${1:-3}; shift || true
sets=("${@:-acl1_10k acl1_100k}"); sets=(${sets[@]})
dotnet build -c Release "$here/benchmarks/Portcullis.Benchmarks" >/dev/null
bench=(dotnet "$here/benchmarks/Portcullis.Benchmarks/bin/Release/net10.0/Portcullis.Benchmarks.dll")
for round in $(seq "$rounds"); do
  for set in "${sets[@]}"; do
    rules=$shared/classbench/$set trace=$shared/classbench/${set}_trace_uniform_1M.gz
    one=$("${bench[@]}" classbench --rules "$rules" --trace "$trace" --runs 5 | tail -1)
    batch=$("${bench[@]}" classbench --rules "$rules" --trace "$trace" --runs 5 --batch | tail -1)
    echo "round $round $set portcullis one-by-one: ${one#classbench: }"
    echo "round $round $set portcullis batch:      ${batch#classbench: }"
    for alg in avx2 avx512x32 scalar; do
      echo "round $round $set $("$shared/run-dpdk-acl.sh" "$rules" "$trace" "$alg")"
    done
  done
done
