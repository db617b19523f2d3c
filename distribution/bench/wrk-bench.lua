-- The script LoadBench.java gives wrk (Debian's wrk 4.1): closed-loop GET round a list of paths, or PUT of plans
-- with the optimistic version each plan has now. Arguments after "--":
--   get <paths file>                      one path a line; each wrk thread goes round all of them
--   put <plans file> <body prefix> <threads>
--       plans file: "<planId> <path> <version>" a line; body prefix: <prefix>0.json … <prefix>9.json, the plan's
--       content in ten variants. A PUT of a plan at version v sends If-Match "v" and variant (v + 1) % 10, so every
--       save changes the plan; the answer's ETag is the plan's new version, and the plan is found again by the id
--       its answer starts with ({"id":"…"). Each thread owns every <threads>-th plan, and goes round them: as long
--       as a thread owns at least as many plans as it has connections, a plan is never PUT again before the
--       answer to its previous PUT (and so its new version) has come back. A PUT that fails leaves its plan's
--       version unknown: LoadBench counts the non-2xx answers and reports them.
-- The headers given with -H (the session's cookie and CSRF token) are sent with every request.
-- done() prints one line that LoadBench reads:
--   WRKRESULT requests duration_us bytes connect_errors read_errors write_errors status_errors timeouts
--             p50_us p99_us mean_us max_us

local counter = 1
local threads = {}

function setup(thread)
   thread:set("index", counter - 1)
   counter = counter + 1
   table.insert(threads, thread)
end

local mode
local requests = {}
local plans = {}
local versions = {}
local bodies = {}
local next_one = 0

local function headers_with(extra)
   local h = {}
   for k, v in pairs(wrk.headers) do h[k] = v end
   for k, v in pairs(extra) do h[k] = v end
   return h
end

function init(args)
   mode = args[1]
   if mode == "get" then
      for line in io.lines(args[2]) do
         if line ~= "" then
            table.insert(requests, wrk.format("GET", line, headers_with({})))
         end
      end
      response = nil -- wrk then does not keep the bodies
   elseif mode == "put" then
      local total = tonumber(args[4])
      local k = 0
      for line in io.lines(args[2]) do
         local id, path, version = line:match("^(%S+) (%S+) (%d+)$")
         if id then
            if k % total == index then
               table.insert(plans, { id = id, path = path })
               versions[id] = tonumber(version)
            end
            k = k + 1
         end
      end
      for v = 0, 9 do
         local file = assert(io.open(args[3] .. v .. ".json", "rb"))
         bodies[v] = file:read("*a")
         file:close()
      end
   else
      error("mode must be get or put")
   end
end

function request()
   if mode == "get" then
      next_one = next_one % #requests + 1
      return requests[next_one]
   end
   next_one = next_one % #plans + 1
   local plan = plans[next_one]
   local version = versions[plan.id]
   return wrk.format("PUT", plan.path, headers_with({
      ["If-Match"] = '"' .. version .. '"',
      ["Content-Type"] = "application/json" }), bodies[(version + 1) % 10])
end

function response(status, headers, body)
   if mode == "put" and status == 200 then
      local id = body:match('^{"id":"([^"]+)"')
      local etag = headers["ETag"] or headers["Etag"] or headers["etag"]
      if id and etag and versions[id] then
         versions[id] = tonumber((etag:gsub('"', "")))
      end
   end
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format("WRKRESULT %d %d %d %d %d %d %d %d %.1f %.1f %.1f %.1f\n", summary.requests,
      summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
      latency:percentile(50), latency:percentile(99), latency.mean, latency.max))
end
