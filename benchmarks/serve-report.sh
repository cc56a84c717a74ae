#!/usr/bin/env bash
# Markdown report of a compare-serve.sh result file: serve-report.sh <serve-DATE.json> ["js jdk mvc webflux"].
# Each row's best round (highest req/s; the JSON keeps every round), ratios to the JS SDK of the same run, the
# server's CPU time per request, the cost per memoized step, and each target of issue 15 met or missed.
set -euo pipefail
FILE="$1"
SERVERS="${2:-js jdk mvc webflux}"

jq -r --arg servers "$SERVERS" '
  def fmt: if . == null then "–" elif . >= 100 then (. | round | tostring) else ((. * 10 | round) / 10 | tostring) end;
  def ratio: (. * 10 | round) / 10 | tostring;
  def order: {"final-10": 0, "next-9": 1, "final-100": 2, "final-1000": 3}[.];
  ($servers | split(" ")) as $names
  | ($names | map(select(. != "js"))) as $java
  # Best round of each server, mode and row: measured rows only, highest rate.
  | (.rows | map(select(.error == null and .requests > 0)) | group_by(.server + "/" + .mode + "/" + .row)
      | map(max_by(.rps))) as $best
  | (.rows | map(select(.error != null)) | group_by(.server + "/" + .mode + "/" + .row) | map(.[0])) as $failed
  | def cell($s; $m; $r): ($best | map(select(.server == $s and .mode == $m and .row == $r))[0]);
    def failure($s; $m; $r): ($failed | map(select(.server == $s and .mode == $m and .row == $r))[0]);
    ($best | map(.mode) | unique | sort_by(if . == "dev" then 0 else 1 end)) as $modes
  | ($best | map(.row) | unique | sort_by(order)) as $rows
  | "# Serve path: this library vs the official JS SDK (\(.date))",
    "",
    "- code: \(.commit); \(.versions)",
    "- machine: \(.machine)",
    "- load: \(.load)",
    "- cells quote each row'"'"'s best round; the JSON holds every round, each with the load average at its end",
    "",
    "## Requests per second (p99 latency): ratio to the JS SDK",
    "",
    "| mode | request | " + ($names | map(. + " req/s (p99 ms)") | join(" | ")) + " |",
    "|---|---|" + ($names | map("---:") | join("|")) + "|",
    ($modes[] as $m | $rows[] as $r
      | (cell("js"; $m; $r).rps) as $js
      | "| \($m) | \($r) | "
        + ($names | map(. as $n | cell($n; $m; $r) as $c
            | if $c == null then (failure($n; $m; $r).error // "–")
              elif $c.unexpected > 0 then "\($c.unexpected) of \($c.requests) answers not as expected"
              else "\($c.rps | fmt) (\($c.p99_ms | fmt))"
                   + (if $n != "js" and $js != null and $js > 0 then ": **\($c.rps / $js | ratio)×**" else "" end)
              end) | join(" | ")) + " |"),
    "",
    "## Server CPU time per request (µs): how many times cheaper than the JS SDK",
    "",
    "All the server'"'"'s processes (Node: primary and workers; Java: the JVM with its JIT and GC threads), from",
    "`/proc`, divided by the requests answered in the round. It depends far less on the other load on the machine",
    "than requests per second do.",
    "",
    "| mode | request | " + ($names | map(. + " µs") | join(" | ")) + " |",
    "|---|---|" + ($names | map("---:") | join("|")) + "|",
    ($modes[] as $m | $rows[] as $r
      | (cell("js"; $m; $r).cpu_us_per_request) as $js
      | "| \($m) | \($r) | "
        + ($names | map(. as $n | cell($n; $m; $r).cpu_us_per_request as $c
            | if $c == null then "–"
              else ($c | fmt) + (if $n != "js" and $js != null and $c > 0 then ": \($js / $c | ratio)×" else "" end)
              end) | join(" | ")) + " |"),
    "",
    "## Cost per memoized step",
    "",
    "CPU µs per request at 10, 100 and 1,000 memoized steps (final calls), the extra µs each further memoized step",
    "costs, and how much dearer a 1,000-step call is than a 100-step one (10 or less: no worse than linear).",
    "",
    "| mode | server | 10 steps | 100 steps | 1,000 steps | µs per step, 10→100 | µs per step, 100→1,000 | 1,000 vs 100 |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
    ($modes[] as $m | $names[] as $n
      | [cell($n; $m; "final-10").cpu_us_per_request, cell($n; $m; "final-100").cpu_us_per_request,
         cell($n; $m; "final-1000").cpu_us_per_request] as [$a, $b, $c]
      | select($a != null or $b != null or $c != null)
      | "| \($m) | \($n) | \($a | fmt) | \($b | fmt) | \($c | fmt) | "
        + (if $a != null and $b != null then (($b - $a) / 90 * 100 | round) / 100 | tostring else "–" end) + " | "
        + (if $b != null and $c != null then (($c - $b) / 900 * 100 | round) / 100 | tostring else "–" end) + " | "
        + (if $b != null and $c != null and $b > 0 then "\($c / $b | ratio)×" else "–" end) + " |"),
    "",
    "## Targets (issue 15)",
    "",
    "| mode | server | ≥ 15× the JS SDK at 10 steps | ≥ 300× at 1,000 steps | lower p99 in every row | cost no worse than linear |",
    "|---|---|---|---|---|---|",
    ($modes[] as $m | $java[] as $n
      | select(cell($n; $m; "final-10") != null)
      | def rate($r): (cell($n; $m; $r).rps) as $x | (cell("js"; $m; $r).rps) as $j
          | if $x == null or $j == null or $j == 0 then null else $x / $j end;
        [rate("final-10"), rate("next-9")] as $ten
      | rate("final-1000") as $k
      | [$rows[] as $r | select(cell($n; $m; $r) != null and cell("js"; $m; $r) != null
          and cell($n; $m; $r).p99_ms >= cell("js"; $m; $r).p99_ms) | $r] as $slower
      | [cell($n; $m; "final-100").cpu_us_per_request, cell($n; $m; "final-1000").cpu_us_per_request] as [$b, $c]
      | "| \($m) | \($n) | "
        + (if ($ten | map(select(. == null)) | length) > 0 then "–"
           elif ($ten | min) >= 15 then "met: \($ten[0] | ratio)× final, \($ten[1] | ratio)× 9+1"
           else "**missed**: \($ten[0] | ratio)× final, \($ten[1] | ratio)× 9+1" end) + " | "
        + (if $k == null then "–" elif $k >= 300 then "met: \($k | ratio)×" else "**missed**: \($k | ratio)×" end) + " | "
        + (if ($slower | length) == 0 then "met" else "**missed** in \($slower | join(", "))" end) + " | "
        + (if $b == null or $c == null then "–" elif $c / $b <= 10 then "met: \($c / $b | ratio)× from 100 to 1,000"
           else "**missed**: \($c / $b | ratio)× from 100 to 1,000" end) + " |")
' "$FILE"
