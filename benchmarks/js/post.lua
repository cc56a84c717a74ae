-- wrk script of benchmarks/compare-serve.sh: POSTs the file named by BODY, with the header named by SIGNATURE
-- (the whole "X-Inngest-Signature" value) when set.
wrk.method = "POST"
local file = assert(io.open(os.getenv("BODY"), "rb"))
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
local signature = os.getenv("SIGNATURE")
if signature ~= nil and signature ~= "" then
  wrk.headers["X-Inngest-Signature"] = signature
end
