-- wrk script: asks for one path, sending the Cookie lines of the file in COOKIES in turn (one session per line), so a
-- panel that locks a session per request (PHP's file sessions) is measured the way many customers would use it.
local cookies = {}
local next_cookie = 1

function init(args)
  local file = os.getenv("COOKIES")
  if file and file ~= "" then
    for line in io.lines(file) do
      if line ~= "" then cookies[#cookies + 1] = line end
    end
  end
end

function request()
  local headers = {}
  if #cookies > 0 then
    headers["Cookie"] = cookies[next_cookie]
    next_cookie = next_cookie % #cookies + 1
  end
  return wrk.format("GET", nil, headers)
end
