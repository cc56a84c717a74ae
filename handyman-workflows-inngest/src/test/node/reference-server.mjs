// Reference Inngest app served by the official JavaScript SDK (`inngest` on npm, exact version pinned in
// package.json). The Java conformance tests (JsReferenceServerIT) start this file with `node`, drive it with
// call requests shaped like the Inngest server's, and record its answers as the expected answers for our own
// Java serve handler. Run `npm ci` in this folder once before the tests.
//
// How the SDK (v4) reads its configuration, checked in node_modules/inngest:
// - helpers/env.js getProcessEnv() copies only whitelisted INNGEST_* variables from process.env; the
//   InngestCommHandler re-reads them on every request (initRequest) and pushes them into the client.
// - Mode (components/Inngest.js `mode`): INNGEST_DEV parsed as a boolean ("0"/"false" -> cloud, "1"/"true" -> dev);
//   a URL value -> dev at that URL; unset -> cloud. We require INNGEST_DEV=0 so the mode is explicit.
// - Cloud mode needs INNGEST_SIGNING_KEY; without it every request gets 500 {"code":"internal_server_error"}
//   (InngestCommHandler.checkModeConfiguration). INNGEST_SIGNING_KEY_FALLBACK is tried after the primary key for
//   signature checks (RequestSignature.verifySignature) and after a 401/403 for the register call.
// - Signature check (InngestCommHandler.validateSignature): the POST/PUT body is JSON.parse'd first and the HMAC is
//   computed over `canonicalize(parsedBody)` (JCS, RFC 8785) + t, key = signing key without `signkey-<env>-` as
//   UTF-8 text; GET uses the empty string. |now - t| > 300 s is rejected. Callers must therefore send JCS bodies
//   (sorted keys, no whitespace) for raw-byte signatures to match.
// - API origin (register, /v0/runs): INNGEST_API_BASE_URL, else INNGEST_BASE_URL, else the cloud default. Event
//   origin (POST /e/{key}): INNGEST_EVENT_API_BASE_URL, else INNGEST_BASE_URL, else the cloud default. This script
//   refuses to start unless both resolve to a loopback origin, so nothing here ever talks to the internet.
// - INNGEST_EVENT_KEY is needed for step.sendEvent in cloud mode (Inngest._send throws without it).
// - PORT: listen port on 127.0.0.1; "LISTENING <port>" is printed on stdout once the server accepts connections.
// - Checkpointing: v4 turns on "async checkpointing" by default whenever ctx.fn_id is present (it then posts step
//   results to the API itself instead of returning 206 ops). Our Java SDK implements the classic protocol only, so
//   the client is created with `checkpointing: false`.
import http from "node:http";
import { Inngest, NonRetriableError, RetryAfterError, referenceFunction } from "inngest";
import { serve } from "inngest/node";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

function requireLoopback(name, value) {
  if (!value) {
    throw new Error(`${name} must be set to a loopback URL (the reference server never talks to the internet)`);
  }
  const url = new URL(value);
  if (!LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`${name} must point at a loopback host, got ${url.hostname}`);
  }
}

const env = process.env;
if (env.INNGEST_DEV !== "0") {
  throw new Error("INNGEST_DEV must be 0: the reference server runs in cloud mode with signature checks");
}
requireLoopback("INNGEST_API_BASE_URL or INNGEST_BASE_URL", env.INNGEST_API_BASE_URL || env.INNGEST_BASE_URL);
requireLoopback(
  "INNGEST_EVENT_API_BASE_URL or INNGEST_BASE_URL",
  env.INNGEST_EVENT_API_BASE_URL || env.INNGEST_BASE_URL,
);
const port = Number.parseInt(env.PORT ?? "", 10);
if (!Number.isInteger(port) || port <= 0) {
  throw new Error("PORT must be a positive integer");
}

const inngest = new Inngest({ id: "conformance-app", checkpointing: false });

const runSleepRun = inngest.createFunction(
  { id: "run-sleep-run", triggers: [{ event: "conformance/run-sleep-run" }] },
  async ({ step }) => {
    await step.run("fetch-user", () => ({ id: "u_1", email: "a@example.com" }));
    await step.sleep("wait-1m", "1m");
    const charge = await step.run("charge-card", () => ({ chargeId: "ch_1" }));
    return { status: "done", chargeId: charge.chargeId };
  },
);

const awaitPayment = inngest.createFunction(
  { id: "await-payment", triggers: [{ event: "shop/order.created" }] },
  async ({ step }) => {
    const ev = await step.waitForEvent("wait-for-payment", {
      event: "shop/payment.received",
      timeout: "1h",
      if: "event.data.orderId == async.data.orderId",
    });
    return ev === null ? { paid: false } : { paid: true, amount: ev.data.amount };
  },
);

const awaitMatch = inngest.createFunction(
  { id: "await-match", triggers: [{ event: "shop/order.created" }] },
  async ({ step }) => {
    const ev = await step.waitForEvent("wait-for-payment", {
      event: "shop/payment.received",
      timeout: "1h",
      match: "data.orderId",
    });
    return ev === null ? { paid: false } : { paid: true, amount: ev.data.amount };
  },
);

const flaky = inngest.createFunction(
  { id: "flaky", triggers: [{ event: "conformance/flaky" }] },
  async ({ step }) => {
    await step.run("flaky-call", () => {
      throw new Error("connection reset");
    });
    return "unreachable";
  },
);

const nonRetriable = inngest.createFunction(
  { id: "non-retriable", triggers: [{ event: "conformance/non-retriable" }] },
  async ({ step }) => {
    await step.run("validate", () => {
      throw new NonRetriableError("order total is negative");
    });
    return "unreachable";
  },
);

const fnNonRetriable = inngest.createFunction(
  { id: "fn-non-retriable", triggers: [{ event: "conformance/fn-non-retriable" }] },
  async () => {
    throw new NonRetriableError("order total is negative");
  },
);

const fnRetryAfter = inngest.createFunction(
  { id: "fn-retry-after", triggers: [{ event: "conformance/fn-retry-after" }] },
  async () => {
    throw new RetryAfterError("slow down", 30000);
  },
);

const fnError = inngest.createFunction(
  { id: "fn-error", triggers: [{ event: "conformance/fn-error" }] },
  async () => {
    throw new Error("boom");
  },
);

const parallel = inngest.createFunction(
  { id: "parallel", triggers: [{ event: "conformance/parallel" }] },
  async ({ step }) => {
    const [a, b] = await Promise.all([step.run("step-a", () => "A"), step.run("step-b", () => "B")]);
    const f = await step.run("finalize", () => "F");
    return { a, b, f };
  },
);

const invoker = inngest.createFunction(
  { id: "invoker", triggers: [{ event: "conformance/invoker" }] },
  async ({ step }) => {
    return await step.invoke("call-child", {
      function: referenceFunction({ functionId: "child" }),
      data: { x: 1 },
      timeout: "1h",
    });
  },
);

// No trigger on purpose: an invoke-only function shows how an empty trigger list is synced.
const child = inngest.createFunction({ id: "child" }, async ({ event }) => {
  return { doubled: event.data.x * 2 };
});

const sender = inngest.createFunction(
  { id: "sender", triggers: [{ event: "conformance/sender" }] },
  async ({ step }) => {
    await step.sendEvent("send-welcome", {
      name: "app/user.welcomed",
      data: { userId: "u_1" },
      id: "welcome-u_1",
    });
    return "sent";
  },
);

const loop = inngest.createFunction(
  { id: "loop", triggers: [{ event: "conformance/loop" }] },
  async ({ step }) => {
    let sum = 0;
    for (let i = 0; i <= 2; i++) {
      sum += await step.run("loop-item", () => i);
    }
    return sum;
  },
);

const cronFn = inngest.createFunction(
  { id: "cron-fn", retries: 3, triggers: [{ cron: "TZ=Europe/Paris 0 9 * * 1" }] },
  async () => "tick",
);

const onFailureFn = inngest.createFunction(
  {
    id: "on-failure-fn",
    name: "Process order",
    triggers: [{ event: "shop/order.created", if: "event.data.total > 0" }],
    onFailure: async ({ event }) => ({ handled: event.data.function_id }),
  },
  async () => {
    throw new Error("order processing failed");
  },
);

const flowControlFn = inngest.createFunction(
  {
    id: "flow-control-fn",
    triggers: [{ event: "app/user.created" }],
    concurrency: [{ limit: 1, key: "event.data.userId" }],
    cancelOn: [{ event: "app/user.deleted", if: "event.data.userId == async.data.userId", timeout: "7d" }],
    timeouts: { finish: "1h" },
  },
  async ({ event }) => ({ userId: event.data.userId }),
);

const handler = serve({
  client: inngest,
  functions: [
    runSleepRun,
    awaitPayment,
    awaitMatch,
    flaky,
    nonRetriable,
    fnNonRetriable,
    fnRetryAfter,
    fnError,
    parallel,
    invoker,
    child,
    sender,
    loop,
    cronFn,
    onFailureFn,
    flowControlFn,
  ],
});

const server = http.createServer((req, res) => {
  const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
  if (path === "/api/inngest") {
    return handler(req, res);
  }
  res.writeHead(404, { "Content-Type": "text/plain" });
  res.end("not found");
});

server.listen(port, "127.0.0.1", () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
