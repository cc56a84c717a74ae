// The official Inngest JS SDK serving the function shapes of ServeComparisonServer.java, for
// benchmarks/compare-serve.sh. Run from a folder whose node_modules holds the conformance tests' `inngest`
// package (the script links handyman-workflows-inngest/src/test/node/node_modules). App `bench`, functions
// steps-10, steps-100, steps-1000: step ids step-0 … step-(N-1) returning {n: i, ok: true}, then {done: N}.
// INNGEST_DEV=1 -> dev mode; INNGEST_DEV=0 plus INNGEST_SIGNING_KEY -> cloud mode with signature checks.
// Listens on 127.0.0.1:PORT (0 = free port) with one process; prints "LISTENING <port>".
import http from "node:http";
import { Inngest } from "inngest";
import { serve } from "inngest/node";

const base = process.env.INNGEST_BASE_URL ?? "";
if (!/^http:\/\/127\.0\.0\.1(:\d+)?$/.test(base)) {
  throw new Error("INNGEST_BASE_URL must be http://127.0.0.1[:port]: this server never talks to the internet");
}
const inngest = new Inngest({ id: "bench", checkpointing: false });

function steps(count) {
  return inngest.createFunction(
    { id: `steps-${count}`, triggers: [{ event: "bench/run" }] },
    async ({ step }) => {
      for (let i = 0; i < count; i++) {
        await step.run(`step-${i}`, () => ({ n: i, ok: true }));
      }
      return { done: count };
    },
  );
}

const handler = serve({ client: inngest, functions: [10, 100, 1000].map(steps) });
const server = http.createServer((req, res) => handler(req, res));
server.keepAliveTimeout = 60_000;
server.listen(Number.parseInt(process.env.PORT ?? "0", 10), "127.0.0.1", () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
});
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => process.exit(0));
}
