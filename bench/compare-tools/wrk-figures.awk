# Reads wrk --latency output and prints "rps p99_ms non2xx" (latency units us, ms and s converted to ms).
function ms(value) {
  if (value ~ /us$/) return substr(value, 1, length(value) - 2) / 1000
  if (value ~ /ms$/) return substr(value, 1, length(value) - 2) + 0
  if (value ~ /m$/) return substr(value, 1, length(value) - 1) * 60000
  if (value ~ /s$/) return substr(value, 1, length(value) - 1) * 1000
  return value + 0
}
/^ +99%/ { p99 = ms($2) }
/^Requests\/sec:/ { rps = $2 + 0 }
/Non-2xx or 3xx responses:/ { non2xx = $NF + 0 }
END { printf "%.1f %.1f %d\n", rps, p99, non2xx }
