// The official Inngest JS SDK serving the function shapes of ServeComparisonServer.java, for
// benchmarks/compare-serve.sh. Run from a folder whose node_modules holds the conformance tests' `inngest`
// package (the script links handyman-workflows-inngest/src/test/node/node_modules). App `bench`, functions
// steps-10, steps-100, steps-1000: step ids step-0 … step-(N-1) returning {n: i, ok: true}, then {done: N}.
// INNGEST_DEV=1 -> dev mode; INNGEST_DEV=0 plus INNGEST_SIGNING_KEY -> cloud mode with signature checks.
// Node runs JavaScript on one thread, so WORKERS processes (node:cluster, default: one per core) share the
// listening socket, as a production Node deployment on this machine would. Listens on 127.0.0.1:PORT
// (0 = a free port, the same for every worker); prints "LISTENING <port>" once every worker listens.
import cluster from "node:cluster";
import http from "node:http";
import { availableParallelism } from "node:os";
import { Inngest } from "inngest";
import { serve } from "inngest/node";

const base = process.env.INNGEST_BASE_URL ?? "";
if (!/^http:\/\/127\.0\.0\.1(:\d+)?$/.test(base)) {
  throw new Error("INNGEST_BASE_URL must be http://127.0.0.1[:port]: this server never talks to the internet");
}
const workers = Number.parseInt(process.env.WORKERS ?? String(availableParallelism()), 10);
if (!(workers >= 1 && workers <= 64)) {
  throw new Error(`WORKERS must be between 1 and 64, was ${process.env.WORKERS}`);
}

if (cluster.isPrimary && workers > 1) {
  let listening = 0;
  let stopping = false;
  cluster.on("listening", (_worker, address) => {
    listening += 1;
    if (listening === workers) {
      process.stdout.write(`LISTENING ${address.port}\n`);
    }
  });
  cluster.on("exit", (worker, code, signal) => {
    if (!stopping) {
      process.stderr.write(`worker ${worker.process.pid} ended (${signal ?? code}); stopping\n`);
      stop(1);
    }
  });
  const stop = (code) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers)) {
      worker.process.kill("SIGTERM");
    }
    process.exit(code);
  };
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => stop(0));
  }
  for (let i = 0; i < workers; i++) {
    cluster.fork();
  }
} else {
  const inngest = new Inngest({ id: "bench", checkpointing: false });
  const steps = (count) =>
    inngest.createFunction({ id: `steps-${count}`, triggers: [{ event: "bench/run" }] }, async ({ step }) => {
      for (let i = 0; i < count; i++) {
        await step.run(`step-${i}`, () => ({ n: i, ok: true }));
      }
      return { done: count };
    });
  const handler = serve({ client: inngest, functions: [10, 100, 1000].map(steps) });
  const server = http.createServer((req, res) => handler(req, res));
  server.keepAliveTimeout = 60_000;
  server.listen(Number.parseInt(process.env.PORT ?? "0", 10), "127.0.0.1", () => {
    if (cluster.isPrimary) {
      process.stdout.write(`LISTENING ${server.address().port}\n`);
    }
  });
  // A worker whose primary is gone has no one to stop it: it stops itself.
  process.on("disconnect", () => process.exit(0));
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => process.exit(0));
  }
}
