-- wrk script for bench/run.sh: spreads requests over the signed-in sessions in BENCH_COOKIES
-- (space-separated "SESSION=..." values; one per simulated user), or sends BENCH_AUTHORIZATION,
-- counts responses outside 2xx, and prints one machine-readable line. Latency percentiles cover the
-- requests answered within wrk's --timeout; "answered" says how many that was.

local threads = {}

function setup(thread)
  thread:set("number", #threads)
  table.insert(threads, thread)
end

function init(args)
  answered = 0
  non2xx = 0
  cookies = {}
  for cookie in string.gmatch(os.getenv("BENCH_COOKIES") or "", "%S+") do
    table.insert(cookies, cookie)
  end
  authorization = os.getenv("BENCH_AUTHORIZATION")
  next_cookie = number
end

function request()
  local headers = {}
  if #cookies > 0 then
    next_cookie = next_cookie % #cookies + 1
    headers["Cookie"] = cookies[next_cookie]
  end
  if authorization and authorization ~= "" then
    headers["Authorization"] = authorization
  end
  return wrk.format(nil, nil, headers)
end

function response(status, headers, body)
  answered = answered + 1
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local answered_all, non2xx_all = 0, 0
  for _, thread in ipairs(threads) do
    answered_all = answered_all + thread:get("answered")
    non2xx_all = non2xx_all + thread:get("non2xx")
  end
  local e = summary.errors
  -- wrk counts a response that comes after --timeout as a timeout and leaves it out of the latencies
  local in_time = answered_all - e.timeout
  io.write(string.format(
    "BENCH requests=%d answered=%d duration_us=%d bytes=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d non2xx=%d "
      .. "connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, in_time, summary.duration, summary.bytes,
    in_time > 0 and latency:percentile(50) or -1, in_time > 0 and latency:percentile(95) or -1,
    in_time > 0 and latency:percentile(99) or -1, in_time > 0 and latency.max or -1,
    non2xx_all, e.connect, e.read, e.write, e.timeout))
end
