-- wrk: random pages of the public project list, and the 95th percentile that wrk --latency does not print.
-- PAGES (environment) is the number of pages to choose from; GZIP=1 asks for gzip, as browsers and most HTTP
-- libraries do.
local pages = tonumber(os.getenv("PAGES") or "2000")
local headers = {}
if os.getenv("GZIP") == "1" then
  headers["Accept-Encoding"] = "gzip"
end
local counter = 0

request = function()
  counter = counter + 1
  local page = (counter * 7919) % pages
  return wrk.format("GET", "/api/public/v1/projects?page=" .. page .. "&size=50", headers)
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout
  io.write(string.format("requests=%d errors=%d rate=%.0f/s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms\n",
      summary.requests, errors, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
      latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
