#!/usr/bin/env bash
# Side-by-side serve-path benchmark: the official Inngest JS SDK (the conformance tests' `inngest` package, one
# Node worker per core) and this library's serve endpoint on the JDK adapter, Spring MVC (Tomcat) and WebFlux
# (Reactor Netty), serving the same functions (benchmarks/js/serve-bench.mjs, benchmarks/serve BenchFunctions)
# with default settings, one server at a time, loopback only. Writes benchmarks/results/serve-<date>.json and .md:
# requests per second, p99, the server's CPU time per request and the ratios to the JS SDK measured in this run,
# with the machine, its load average and the date. Not part of CI.
#
#   benchmarks/compare-serve.sh          # builds what is missing (the two jars, npm ci), then about 15 minutes
#
# Rows: final-10 (10 memoized steps, the final call: 200), next-9 (9 memoized, the 10th runs at once: 206),
# final-100, final-1000. Modes: dev (unsigned, driven by wrk) and cloud (every request signed afresh with its
# own body, driven by the ServeLoadDriver of the benchmarks module: this library refuses a signature it has
# already accepted, so wrk's one repeated request cannot measure it; the JS SDK gets the same driver).
#
# Per server and mode: every row is warmed for WARMUP_SECONDS before any is measured (the JIT of a JVM on a
# busy 2-core machine needs that long), then ROUNDS rounds measure each row for SECONDS_PER_ROW
# (final-1000: at least LONG_ROW_SECONDS, so that the JS SDK answers more than a handful); the tables quote
# each row's best round, the JSON keeps every round.
#
# Needs: wrk (Debian package wrk), node >= 20, npm, java 17, jq, curl, openssl.
# Settings (environment): SECONDS_PER_ROW (5), LONG_ROW_SECONDS (10), WARMUP_SECONDS (10), ROUNDS (2),
# THREADS (2, wrk), CONNECTIONS (16), SERVERS ("js jdk mvc webflux"), MODES ("dev cloud"), JS_WORKERS (cores),
# OUT_DIR (benchmarks/results), BUILD (1: build missing jars; 0: fail instead).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_PER_ROW="${SECONDS_PER_ROW:-5}"
LONG_ROW_SECONDS="${LONG_ROW_SECONDS:-10}"
WARMUP_SECONDS="${WARMUP_SECONDS:-10}"
ROUNDS="${ROUNDS:-2}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
SERVERS="${SERVERS:-js jdk mvc webflux}"
MODES="${MODES:-dev cloud}"
JS_WORKERS="${JS_WORKERS:-$(nproc)}"
BUILD="${BUILD:-1}"
NODE_DIR="$ROOT/handyman-workflows-inngest/src/test/node"
JAR="$ROOT/benchmarks/serve/target/serve-bench.jar"
DRIVER_JAR="$ROOT/benchmarks/target/benchmarks.jar"
OUT_DIR="${OUT_DIR:-$ROOT/benchmarks/results}"
# A test key, never a real one: the servers only listen on 127.0.0.1.
SIGNING_KEY="signkey-test-62656e63686d61726b2d6f6e6c792d6b6579"
TICKS="$(getconf CLK_TCK)"

need() { command -v "$1" >/dev/null || { echo "compare-serve.sh: '$1' not found on the PATH; install $2" >&2; exit 2; }; }
need wrk "the Debian package wrk (apt-get install -y wrk)"
need node "Node.js >= 20 (Debian package nodejs)"
need npm "npm (Debian package npm)"
need java "a JDK 17"
need jq "the Debian package jq"
need openssl "the Debian package openssl"
need curl "the Debian package curl"
if [ ! -d "$NODE_DIR/node_modules/inngest" ]; then
  [ "$BUILD" = 1 ] || { echo "run 'npm ci' in $NODE_DIR first" >&2; exit 2; }
  (cd "$NODE_DIR" && npm ci --no-audit --no-fund)
fi
if [ ! -f "$JAR" ] || [ ! -f "$DRIVER_JAR" ]; then
  [ "$BUILD" = 1 ] || { echo "build the jars first: ./mvnw -B -pl benchmarks,benchmarks/serve -am package -DskipTests" >&2; exit 2; }
  (cd "$ROOT" && ./mvnw -B -q -pl benchmarks,benchmarks/serve -am package -DskipTests)
fi

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# The JS server must resolve `inngest` from the conformance package: run it from a folder linking its node_modules.
cp "$ROOT/benchmarks/js/serve-bench.mjs" "$WORK/"
ln -s "$NODE_DIR/node_modules" "$WORK/node_modules"
node "$ROOT/benchmarks/js/bodies.mjs" "$WORK"

# name  body file  function  expected status
ROWS="final-10:final-10:steps-10:200 next-9:next-9:steps-10:206 final-100:final-100:steps-100:200 final-1000:final-1000:steps-1000:200"

start_server() { # server mode -> sets SERVER_PID and PORT
  local server="$1" mode="$2" log="$WORK/$1-$2.log"
  : >"$log"
  if [ "$server" = js ]; then
    if [ "$mode" = dev ]; then
      (cd "$WORK" && WORKERS="$JS_WORKERS" INNGEST_DEV=1 INNGEST_BASE_URL=http://127.0.0.1:9 PORT=0 \
        exec node serve-bench.mjs >"$log" 2>&1) &
    else
      (cd "$WORK" && WORKERS="$JS_WORKERS" INNGEST_DEV=0 INNGEST_SIGNING_KEY="$SIGNING_KEY" \
        INNGEST_BASE_URL=http://127.0.0.1:9 PORT=0 exec node serve-bench.mjs >"$log" 2>&1) &
    fi
  else
    java -jar "$JAR" "server=$server" "mode=$mode" "key=$SIGNING_KEY" >"$log" 2>&1 &
  fi
  SERVER_PID=$!
  PORT=""
  for _ in $(seq 1 240); do
    PORT="$(sed -n 's/^LISTENING \([0-9]*\)$/\1/p' "$log" | head -1)"
    [ -n "$PORT" ] && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.5
  done
  echo "server $server ($mode) did not start; its log:" >&2
  cat "$log" >&2
  exit 1
}

stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

cpu_ticks() { # pid -> user + system CPU ticks of the process and its children (the Node workers)
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" || true); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

signature() { # body file -> X-Inngest-Signature value (HMAC-SHA256 over body + t, key without its prefix, as text)
  local t key
  t="$(date +%s)"
  key="${SIGNING_KEY#signkey-*-}"
  printf 't=%s&s=%s' "$t" "$( { cat "$1"; printf '%s' "$t"; } | openssl dgst -sha256 -hmac "$key" -r | cut -d' ' -f1)"
}

to_ms() { # wrk duration (e.g. 812.00us, 3.41ms, 1.20s) -> milliseconds
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000;
    printf "%.3f", n }'
}

# load mode body url seconds expected -> one JSON object: requests, rps, p50_ms, p99_ms, unexpected, errors
load() {
  local mode="$1" body="$2" url="$3" seconds="$4" expected="$5" out
  if [ "$mode" = cloud ]; then
    timeout $((seconds + 60)) java -cp "$DRIVER_JAR" io.github.handymanworkflows.benchmarks.ServeLoadDriver \
      "url=$url" "body=$body" "key=$SIGNING_KEY" "expect=$expected" "connections=$CONNECTIONS" "seconds=$seconds" \
      | jq -c '{requests, rps, p50_ms, p99_ms, unexpected, errors}'
    return
  fi
  out="$(BODY="$body" timeout $((seconds + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s \
    --latency -s "$ROOT/benchmarks/js/post.lua" "$url")"
  local rps p50 p99 requests bad timeouts
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
  p50="$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")"
  p99="$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")"
  requests="$(awk '/requests in/ {print $1}' <<<"$out")"
  bad="$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")"
  timeouts="$(sed -n 's/.*timeout \([0-9]*\).*/\1/p' <<<"$out")"
  jq -nc --argjson rps "${rps:-0}" --argjson p50 "$p50" --argjson p99 "$p99" --argjson n "${requests:-0}" \
    --argjson bad "${bad:-0}" --argjson timeouts "${timeouts:-0}" \
    '{requests:$n, rps:$rps, p50_ms:$p50, p99_ms:$p99, unexpected:$bad, errors:$timeouts}'
}

row_seconds() { # row name -> seconds measured
  if [ "$1" = final-1000 ] && [ "$LONG_ROW_SECONDS" -gt "$SECONDS_PER_ROW" ]; then echo "$LONG_ROW_SECONDS"; else echo "$SECONDS_PER_ROW"; fi
}

RESULTS="$WORK/rows.jsonl"
: >"$RESULTS"
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"
for mode in $MODES; do
  for server in $SERVERS; do
    start_server "$server" "$mode"
    echo "== $server ($mode) on port $PORT, load average $(cut -d' ' -f1 /proc/loadavg)" >&2
    for row in $ROWS; do
      IFS=: read -r name file fn expected <<<"$row"
      load "$mode" "$WORK/$file.json" "http://127.0.0.1:$PORT/api/inngest?fnId=bench-$fn&stepId=step" \
        "$WARMUP_SECONDS" "$expected" >/dev/null
    done
    for round in $(seq 1 "$ROUNDS"); do
      for row in $ROWS; do
        IFS=: read -r name file fn expected <<<"$row"
        url="http://127.0.0.1:$PORT/api/inngest?fnId=bench-$fn&stepId=step"
        sig=""
        [ "$mode" = cloud ] && sig="$(signature "$WORK/$file.json")"
        # One checked request first: a server that answers anything else is not measured.
        status="$(curl -s -o "$WORK/answer" -w '%{http_code}' --max-time 60 -H 'Content-Type: application/json' \
          ${sig:+-H "X-Inngest-Signature: $sig"} --data-binary "@$WORK/$file.json" "$url" || true)"
        if [ "$status" != "$expected" ]; then
          echo "$server ($mode) $name: expected HTTP $expected, got '$status': $(head -c 300 "$WORK/answer")" >&2
          jq -nc --arg s "$server" --arg m "$mode" --arg r "$name" --argjson round "$round" --arg st "$status" \
            '{server:$s, mode:$m, row:$r, round:$round, error:("answered HTTP " + $st)}' >>"$RESULTS"
          continue
        fi
        before="$(cpu_ticks "$SERVER_PID")"
        measured="$(load "$mode" "$WORK/$file.json" "$url" "$(row_seconds "$name")" "$expected")"
        after="$(cpu_ticks "$SERVER_PID")"
        load1="$(cut -d' ' -f1 /proc/loadavg)"
        line="$(jq -c --arg s "$server" --arg m "$mode" --arg r "$name" --argjson round "$round" \
          --argjson ticks "$((after - before))" --argjson hz "$TICKS" --argjson load "$load1" \
          '{server:$s, mode:$m, row:$r, round:$round} + .
           + {cpu_us_per_request: (if .requests > 0 then ($ticks * 1e6 / $hz / .requests | round) else null end),
              load_average:$load}' <<<"$measured")"
        echo "   round $round $name: $(jq -r '"\(.rps) req/s, p50 \(.p50_ms) ms, p99 \(.p99_ms) ms, \(.cpu_us_per_request) µs CPU/request, \(.unexpected) unexpected, \(.errors) errors, load \(.load_average)"' <<<"$line")" >&2
        echo "$line" >>"$RESULTS"
      done
    done
    stop_server
  done
done

mkdir -p "$OUT_DIR"
DAY="$(date -u +%Y-%m-%d)"
STAMP="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
CPU="$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
MACHINE="$(nproc) cores ($CPU), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); load average (1, 5, 15 min) $LOAD_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
VERSIONS="$(java -version 2>&1 | head -1); node $(node --version); inngest $(jq -r .version "$NODE_DIR/node_modules/inngest/package.json"); $( (wrk -v 2>&1 || true) | head -1 | cut -d' ' -f1-2)"
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
LOAD_TEXT="dev: wrk -t$THREADS -c$CONNECTIONS; cloud: ServeLoadDriver, $CONNECTIONS connections, every request signed with its own body; JS SDK: $JS_WORKERS Node workers; ${WARMUP_SECONDS} s warm-up per row (all rows first), then $ROUNDS rounds of ${SECONDS_PER_ROW} s per row (final-1000: $(row_seconds final-1000) s); best round quoted"
jq -s --arg date "$STAMP" --arg machine "$MACHINE" --arg versions "$VERSIONS" --arg commit "$COMMIT" \
  --arg load "$LOAD_TEXT" '{date:$date, commit:$commit, machine:$machine, versions:$versions, load:$load, rows:.}' \
  "$RESULTS" >"$OUT_DIR/serve-$DAY.json"
"$ROOT/benchmarks/serve-report.sh" "$OUT_DIR/serve-$DAY.json" "$SERVERS" >"$OUT_DIR/serve-$DAY.md"
cat "$OUT_DIR/serve-$DAY.md"
