// Writes the call-request bodies of benchmarks/compare-serve.sh into the folder given as argument, as JCS
// text (sorted keys, no whitespace) so that one signature fits both servers:
//   final-10.json    steps-10, all 10 steps memoized: the final call, answers 200 {"done":10}
//   next-9.json      steps-10, 9 steps memoized: runs step-9 at once, answers 206 with one StepRun op
//   final-100.json   steps-100, 100 memoized
//   final-1000.json  steps-1000, 1,000 memoized
// A memoized step is steps[sha1(id)] = {"data": {"n": i, "ok": true}}, the hash also in ctx.stack.stack.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const out = process.argv[2];
const sha1 = (text) => createHash("sha1").update(text).digest("hex");

function body(memoized) {
  const hashes = [];
  const steps = [];
  for (let i = 0; i < memoized; i++) {
    const hash = sha1(`step-${i}`);
    hashes.push(hash);
    steps.push([hash, `{"data":{"n":${i},"ok":true}}`]);
  }
  steps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const ctx =
    `{"attempt":0,"disable_immediate_execution":false,"env":"","fn_id":"00000000-0000-4000-8000-000000000001",` +
    `"max_attempts":4,"qi_id":"qi-r1","run_id":"01JBENCHRUN0000000000000000",` +
    `"stack":{"current":${memoized},"stack":[${hashes.map((h) => `"${h}"`).join(",")}]},"step_id":"step","use_api":false}`;
  const event = `{"data":{},"id":"e1","name":"bench/run","ts":1767225600000}`;
  return (
    `{"ctx":${ctx},"defers":{},"event":${event},"events":[${event}],` +
    `"steps":{${steps.map(([h, m]) => `"${h}":${m}`).join(",")}},"use_api":false,"version":-1}`
  );
}

for (const [name, memoized] of [["final-10", 10], ["next-9", 9], ["final-100", 100], ["final-1000", 1000]]) {
  writeFileSync(join(out, `${name}.json`), body(memoized));
}
