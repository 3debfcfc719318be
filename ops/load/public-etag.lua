-- wrk: one list page asked again with its ETag, answered 304 Not Modified (the script checks one with curl first). ETAG is the
-- ETag of that page as the server gave it.
local etag = os.getenv("ETAG")

request = function()
  return wrk.format("GET", "/api/public/v1/projects?page=10&size=50", { ["If-None-Match"] = etag })
end

done = function(summary, latency, requests)
  io.write(string.format("requests=%d http-errors=%d p50=%.2fms p95=%.2fms p99=%.2fms\n", summary.requests,
      summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000))
end
