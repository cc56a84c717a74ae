#!/usr/bin/env bash
# Side-by-side serve-path benchmark: the official Inngest JS SDK (the conformance tests' `inngest` package) and
# this library's serve endpoint on the JDK adapter, Spring MVC (Tomcat) and WebFlux (Reactor Netty), serving the
# same functions (benchmarks/js/serve-bench.mjs, benchmarks/serve BenchFunctions), driven by the same `wrk` with
# the same call-request bodies, one server at a time, loopback only. Writes benchmarks/results/serve-<date>.json
# and .md (ratios to the JS SDK measured in this run, the machine and the date). Not part of CI.
#
# Needs: wrk (Debian package `wrk`), node >= 20 and `npm ci` in handyman-workflows-inngest/src/test/node, java 17,
# jq, openssl, and the server jar: ./mvnw -B -pl benchmarks/serve -am package -DskipTests
#
# Settings (environment): SECONDS_PER_ROW (5), WARMUP_SECONDS (3, per row, all rows warmed before any is measured), THREADS (2), CONNECTIONS (16),
# SERVERS ("js jdk mvc webflux"), MODES ("dev"; "dev cloud" adds signed rows, see below), OUT_DIR (benchmarks/results). Each row runs WARMUP_SECONDS + SECONDS_PER_ROW; the
# whole run is bounded by (servers x modes x 4 rows) of that plus at most 120 s per server start.
#
# Cloud mode: wrk repeats one signed request, and this library refuses a signature it has already accepted
# (a replay cache, the JS SDK has none), so only the first request of a cloud row is answered 2xx on the Java
# servers; the table flags rows with refused requests instead of quoting their rate. Measuring signed calls
# fairly needs a load tool that signs every request afresh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_PER_ROW="${SECONDS_PER_ROW:-5}"
WARMUP_SECONDS="${WARMUP_SECONDS:-3}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
SERVERS="${SERVERS:-js jdk mvc webflux}"
MODES="${MODES:-dev}"
NODE_DIR="$ROOT/handyman-workflows-inngest/src/test/node"
JAR="$ROOT/benchmarks/serve/target/serve-bench.jar"
OUT_DIR="${OUT_DIR:-$ROOT/benchmarks/results}"
# A test key, never a real one: the servers only listen on 127.0.0.1.
SIGNING_KEY="signkey-test-62656e63686d61726b2d6f6e6c792d6b6579"

need() { command -v "$1" >/dev/null || { echo "compare-serve.sh: '$1' not found on the PATH; install $2" >&2; exit 2; }; }
need wrk "the Debian package wrk (apt-get install -y wrk)"
need node "Node.js >= 20 (Debian package nodejs)"
need java "a JDK 17"
need jq "the Debian package jq"
need openssl "the Debian package openssl"
need curl "the Debian package curl"
[ -d "$NODE_DIR/node_modules/inngest" ] || { echo "run 'npm ci' in $NODE_DIR first" >&2; exit 2; }
[ -f "$JAR" ] || { echo "build $JAR first: ./mvnw -B -pl benchmarks/serve -am package -DskipTests" >&2; exit 2; }

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
      (cd "$WORK" && INNGEST_DEV=1 INNGEST_BASE_URL=http://127.0.0.1:9 PORT=0 exec node serve-bench.mjs >"$log" 2>&1) &
    else
      (cd "$WORK" && INNGEST_DEV=0 INNGEST_SIGNING_KEY="$SIGNING_KEY" INNGEST_BASE_URL=http://127.0.0.1:9 PORT=0 \
        exec node serve-bench.mjs >"$log" 2>&1) &
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

RESULTS="$WORK/rows.jsonl"
: >"$RESULTS"
for mode in $MODES; do
  for server in $SERVERS; do
    start_server "$server" "$mode"
    echo "== $server ($mode) on port $PORT" >&2
    # Warm every row up before measuring any, so that the first row does not pay for class loading and JIT.
    for row in $ROWS; do
      IFS=: read -r name file fn expected <<<"$row"
      sig=""
      [ "$mode" = cloud ] && sig="$(signature "$WORK/$file.json")"
      BODY="$WORK/$file.json" SIGNATURE="$sig" timeout $((WARMUP_SECONDS + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" \
        -d"${WARMUP_SECONDS}s" --timeout 10s -s "$ROOT/benchmarks/js/post.lua" \
        "http://127.0.0.1:$PORT/api/inngest?fnId=bench-$fn&stepId=step" >/dev/null
    done
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
        jq -nc --arg s "$server" --arg m "$mode" --arg r "$name" --arg st "$status" \
          '{server:$s, mode:$m, row:$r, error:("answered HTTP " + $st)}' >>"$RESULTS"
        continue
      fi
      export BODY="$WORK/$file.json" SIGNATURE="$sig"
      out="$(timeout $((SECONDS_PER_ROW + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_ROW}s" --timeout 10s \
        --latency -s "$ROOT/benchmarks/js/post.lua" "$url")"
      rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
      p50="$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")"
      p99="$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")"
      requests="$(awk '/requests in/ {print $1}' <<<"$out")"
      bad="$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")"
      errors="$(awk '/Socket errors:/ {print $0}' <<<"$out")"
      timeouts="$(sed -n 's/.*timeout \([0-9]*\).*/\1/p' <<<"$errors")"
      echo "   $name: $rps req/s, p50 $p50 ms, p99 $p99 ms${bad:+, $bad non-2xx}${errors:+, $errors}" >&2
      jq -nc --arg s "$server" --arg m "$mode" --arg r "$name" --argjson rps "$rps" --argjson p50 "$p50" \
        --argjson p99 "$p99" --argjson n "${requests:-0}" --argjson bad "${bad:-0}" --arg err "$errors" --argjson timeouts "${timeouts:-0}" \
        '{server:$s, mode:$m, row:$r, rps:$rps, p50_ms:$p50, p99_ms:$p99, requests:$n, non2xx:$bad, timeouts:$timeouts}
         + (if $err == "" then {} else {socket_errors:$err} end)' >>"$RESULTS"
    done
    stop_server
  done
done

mkdir -p "$OUT_DIR"
DAY="$(date -u +%Y-%m-%d)"
STAMP="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
CPU="$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
MACHINE="$(nproc) cores ($CPU), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
VERSIONS="$(java -version 2>&1 | head -1); node $(node --version); inngest $(jq -r .version "$NODE_DIR/node_modules/inngest/package.json"); $( (wrk -v 2>&1 || true) | head -1 | cut -d' ' -f1-2)"
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
jq -s --arg date "$STAMP" --arg machine "$MACHINE" --arg versions "$VERSIONS" --arg commit "$COMMIT" \
  --arg load "wrk -t$THREADS -c$CONNECTIONS, ${WARMUP_SECONDS} s warm-up per row (all rows first) then ${SECONDS_PER_ROW} s per row" \
  '{date:$date, commit:$commit, machine:$machine, versions:$versions, load:$load, rows:.}' \
  "$RESULTS" >"$OUT_DIR/serve-$DAY.json"

# Markdown: one line per mode and row; each server's req/s with its ratio to the JS SDK, and p99.
{
  echo "# Serve path: this library vs the official JS SDK ($STAMP)"
  echo
  echo "- code: $COMMIT; $VERSIONS"
  echo "- machine: $MACHINE"
  echo "- load: wrk -t$THREADS -c$CONNECTIONS, same body per row for every server, ${WARMUP_SECONDS} s warm-up per row (all rows before any is measured) then ${SECONDS_PER_ROW} s measured, one server at a time, loopback"
  echo
  jq -r --arg servers "$SERVERS" '
    def fmt: if . == null then "–" elif . >= 100 then (. | round | tostring) else ((. * 10 | round) / 10 | tostring) end;
    ($servers | split(" ")) as $names
    | "| mode | request | " + ($names | map(. + " req/s (p99 ms)") | join(" | ")) + " |",
      "|---|---|" + ($names | map("---:") | join("|")) + "|",
      (.rows | group_by(.mode + "/" + .row) | sort_by(.[0].mode, ({"final-10": 0, "next-9": 1, "final-100": 2, "final-1000": 3}[.[0].row])) | .[] as $g
       | ($g | map(select(.server == "js"))[0].rps) as $js
       | "| \($g[0].mode) | \($g[0].row) | "
         + ($names | map(. as $n | ($g | map(select(.server == $n))[0]) as $r
             | if $r == null then "–"
               elif $r.error then $r.error
               elif $r.non2xx > 0 then "\($r.non2xx) of \($r.requests) not 2xx"
               elif $r.requests == 0 then "no answer within the row (\($r.timeouts) timed out at 10 s)"
               else "\($r.rps | fmt) (\($r.p99_ms | fmt))"
                    + (if $n != "js" and $js != null and $js > 0 then ": **\(($r.rps / $js * 10 | round) / 10)×**" else "" end)
               end) | join(" | ")) + " |")
  ' "$OUT_DIR/serve-$DAY.json"
} >"$OUT_DIR/serve-$DAY.md"
cat "$OUT_DIR/serve-$DAY.md"
