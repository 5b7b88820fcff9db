-- The wrk script of bin/load: POSTs the JSON bodies in the file BODIES (one per line) in turn, with
-- the bearer token TOKEN, until each wrk thread has had REQUESTS / threads answers; then prints
-- throughput, latency percentiles and the count of answers other than 200. wrk itself runs for a
-- duration: the first thread to reach its count interrupts it (SIGINT, on which wrk stops and reports
-- the time it really ran), so a run is bounded by the count, not the clock.
local bodies = {}
local next_body = 0
local answered = 0
local limit = 0
local interrupted = false
local threads = {}
failed = 0 -- global, so that done() can read each thread's count

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("BODIES")) do
    if #line > 0 then
      bodies[#bodies + 1] = line
    end
  end
  next_body = math.random(#bodies)
  limit = math.ceil(tonumber(os.getenv("REQUESTS")) / tonumber(os.getenv("THREADS")))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end

function request()
  next_body = next_body % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[next_body])
end

function response(status, headers, body)
  answered = answered + 1
  if status ~= 200 then
    failed = failed + 1
  end
  if answered >= limit and not interrupted then
    interrupted = true
    -- after a moment, because system() ignores SIGINT in wrk until the shell returns
    os.execute("(sleep 0.01; kill -INT $PPID) &")
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local failures = 0
  for _, t in ipairs(threads) do
    failures = failures + t:get("failed")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "%-15s %7d requests in %6.2f s: %8.0f req/s; latency p50 %6.2f ms, p90 %6.2f ms,"
      .. " p99 %6.2f ms, max %6.2f ms; %d not 200, %d socket errors\n",
    os.getenv("LABEL"), summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, failures,
    summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout))
end
