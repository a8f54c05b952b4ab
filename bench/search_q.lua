-- wrk script: GET /api/v1/public/orgs?q=XX with queries drawn at random from a queries file
-- (socorg_bench_generate --queries: "query<TAB>count<TAB>class").
-- wrk -t1 -c2 -d30s -s bench/search_q.lua http://127.0.0.1:PORT -- QUERIES_FILE
local qs = {}

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  for line in io.lines(args[1] or "bench/data/queries.tsv") do
    local q = line:match("^([^\t]+)")
    if q then qs[#qs + 1] = urlencode(q) end
  end
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 100000)
end

function request()
  return wrk.format("GET", "/api/v1/public/orgs?q=" .. qs[math.random(#qs)])
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx/3xx: %d\n", summary.errors.status))
  io.write(string.format("latency p50 %.2f ms, p99 %.2f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
