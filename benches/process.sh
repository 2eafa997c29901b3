#!/usr/bin/env bash
# Whole-process benchmark: `handlingsplan build` beside the standalone
# `typst compile` of the emitted source, and peak memory, on the example and
# on synthetic plans. Method and figures: BENCHMARKS.md.
#
# Needs hyperfine and GNU time (Debian: apt-get install hyperfine time) and,
# for the typst column, typst-cli 0.15.1 on PATH or in $TYPST
# (cargo install typst-cli@0.15.1 --locked). Sizes: $SIZES (default
# "100 1000 10000").
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${SIZES:-100 1000 10000}
# The same PDF as handlingsplan makes: the example and the synthetic plans
# declare PDF/UA-1 with PDF/A-2a, whose tagging needs typst's a11y-extras.
typst_flags="--ignore-system-fonts --features a11y-extras --pdf-standard ua-1,a-2a"
typst=${TYPST:-$(command -v typst || true)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet --bin handlingsplan --example synthetic-plan
release=${CARGO_TARGET_DIR:-target}/release
bin=$release/handlingsplan

# Prints "runs" hyperfine repetitions for a plan of this many activities.
runs_for() { if [ "$1" -le 200 ]; then echo 20; elif [ "$1" -le 2000 ]; then echo 10; else echo 3; fi; }

# Peak resident memory of a command, in MB.
peak_mb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%.0f", $1 / 1024 }'; }

measure() {
  local label=$1 plan=$2 runs=$3
  local out="$work/out-$label" emitted="$work/typst-$label"
  mkdir -p "$out"
  "$bin" build "$plan" -o "$out" --emit-typst "$emitted" >/dev/null
  echo "== $label: $(ls "$out")"
  local commands=("$bin build $plan -o $out")
  if [ -n "$typst" ]; then
    commands+=("$typst compile $typst_flags --font-path $emitted/fonts $emitted/main.typ $work/typst-$label.pdf")
  fi
  hyperfine -N -w 1 -r "$runs" --export-markdown "$work/$label.md" "${commands[@]}" >/dev/null
  cat "$work/$label.md"
  echo "peak memory, build: $(peak_mb "$bin" build "$plan" -o "$out") MB"
  if [ -n "$typst" ]; then
    # shellcheck disable=SC2086
    echo "peak memory, typst compile: $(peak_mb "$typst" compile $typst_flags --font-path "$emitted/fonts" "$emitted/main.typ" "$work/typst-$label.pdf") MB"
  fi
}

[ -n "$typst" ] || echo "typst not found: measuring handlingsplan alone (set TYPST=/path/to/typst)"
measure example plans/norrbotten/2022 20
for n in $sizes; do
  plan=$("$release/examples/synthetic-plan" "$n" "$work")
  measure "$n" "$plan" "$(runs_for "$n")"
done
