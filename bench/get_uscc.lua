-- wrk script: GET /api/v1/public/orgs/{uscc} with codes drawn at random from a file (one per line).
-- wrk -t2 -c64 -d30s -s bench/get_uscc.lua http://127.0.0.1:PORT -- CODES_FILE
local codes = {}
local counter = 0

function init(args)
  local path = args[1] or "bench/data/usccs.txt"
  for line in io.lines(path) do
    if #line > 0 then codes[#codes + 1] = line end
  end
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 100000)
end

function request()
  counter = counter + 1
  local code = codes[math.random(#codes)]
  return wrk.format("GET", "/api/v1/public/orgs/" .. code)
end

local non200 = 0
function response(status, headers, body)
  if status ~= 200 then non200 = non200 + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx/3xx reported by wrk: %d\n", summary.errors.status))
  io.write(string.format("latency p50 %.2f ms, p99 %.2f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
