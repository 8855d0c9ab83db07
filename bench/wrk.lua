-- wrk script for every round of bench/run.sh (see docs/benchmarks.md). Configured by environment:
--
--   BENCH_BODY    file holding a legacy JSON body: every request is a POST of it to the URL's path
--   BENCH_CYCLE   "path file path file ...": POSTs that take turns (the warm-up round)
--   (neither)     every request is a GET of the URL as given (the v3 rounds)
--   BENCH_EXPECT  "legacy": an answer counts only when it is HTTP 200 with ResponseHeader Status
--                 success or warning (the gateway answers HTTP 200 to failed operations too);
--                 "v3": only when it is HTTP 200 with an "images" member.
--
-- done() prints one line "BENCH bad=N ..." that run.sh reads: answers that did not count, and
-- wrk's own socket error counters. Latency and requests/s come from wrk's --latency output.

local function slurp(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local json_headers = { ["Content-Type"] = "application/json" }

local single = os.getenv("BENCH_BODY")
local cycle = os.getenv("BENCH_CYCLE")

if single and single ~= "" then
  wrk.method = "POST"
  wrk.body = slurp(single)
  wrk.headers["Content-Type"] = "application/json"
elseif cycle and cycle ~= "" then
  local specs = {}
  local words = {}
  for w in string.gmatch(cycle, "%S+") do words[#words + 1] = w end
  for i = 1, #words - 1, 2 do specs[#specs + 1] = { path = words[i], body = slurp(words[i + 1]) } end
  local requests = {}
  local n = 0
  function init(args)
    for i, s in ipairs(specs) do requests[i] = wrk.format("POST", s.path, json_headers, s.body) end
  end
  function request()
    n = n % #requests + 1
    return requests[n]
  end
end

-- Only the start of a body is looked at, so checking costs the same in every round.
local counts
if (os.getenv("BENCH_EXPECT") or "v3") == "legacy" then
  counts = function(status, body)
    if status ~= 200 then return false end
    local s = string.match(string.sub(body, 1, 300), '"Status"%s*:%s*"(%a+)"')
    return s == "success" or s == "warning"
  end
else
  counts = function(status, body)
    return status == 200 and string.find(string.sub(body, 1, 300), '"images"%s*:') ~= nil
  end
end

bad = 0
first_bad = nil

function response(status, headers, body)
  if not counts(status, body or "") then
    bad = bad + 1
    if first_bad == nil then
      first_bad = tostring(status) .. " " .. string.gsub(string.sub(body or "", 1, 300), "%s+", " ")
    end
  end
end

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function done(summary, latency, requests)
  local b, sample = 0, nil
  for _, t in ipairs(threads) do
    b = b + (t:get("bad") or 0)
    sample = sample or t:get("first_bad")
  end
  local e = summary.errors
  io.write(string.format("BENCH bad=%d requests=%d connect=%d read=%d write=%d status=%d timeout=%d\n",
    b, summary.requests, e.connect, e.read, e.write, e.status, e.timeout))
  if sample then io.write("BENCH first_bad=" .. sample .. "\n") end
end
