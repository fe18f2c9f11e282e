-- wrk script for bench/quiz-burst: each connection is one learner after another taking a quiz as bench/QuizLoad.java
-- does (start, one PUT per question, submit, submit again, read back), with a random pause before each request.
-- A load generator in C, so that the measure is Kolo's and not the generator's. Arguments (after --):
-- TOKENS_FILE THINK_MS QUIZ CONNECTIONS (TOKENS_FILE.N holds connection N's tokens); the attempts it made go to the file named by QUIZ_BURST_ATTEMPTS.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } timespec;
  int clock_gettime(int clk_id, timespec *tp);
]]
local clock = ffi.new("timespec")
local function now_ms()
  ffi.C.clock_gettime(1, clock)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

-- A small JSON reader: objects, arrays, strings (escapes kept as written except \" and \\), numbers, literals.
local function decode(text)
  local pos = 1
  local value
  local function skip() pos = text:find("[^ \t\r\n]", pos) or #text + 1 end
  local function str()
    local out, i = {}, pos + 1
    while true do
      local c = text:sub(i, i)
      if c == '"' then pos = i + 1; return table.concat(out) end
      if c == "\\" then out[#out + 1] = text:sub(i + 1, i + 1); i = i + 2
      else out[#out + 1] = c; i = i + 1 end
    end
  end
  function value()
    skip()
    local c = text:sub(pos, pos)
    if c == "{" then
      local obj = {}
      pos = pos + 1; skip()
      if text:sub(pos, pos) == "}" then pos = pos + 1; return obj end
      while true do
        skip(); local key = str(); skip(); pos = pos + 1 -- the colon
        obj[key] = value(); skip()
        local sep = text:sub(pos, pos); pos = pos + 1
        if sep == "}" then return obj end
      end
    elseif c == "[" then
      local arr = {}
      pos = pos + 1; skip()
      if text:sub(pos, pos) == "]" then pos = pos + 1; return arr end
      while true do
        arr[#arr + 1] = value(); skip()
        local sep = text:sub(pos, pos); pos = pos + 1
        if sep == "]" then return arr end
      end
    elseif c == '"' then return str()
    else
      local literal = text:match("^[^,}%] \t\r\n]+", pos)
      pos = pos + #literal
      if literal == "true" then return true elseif literal == "false" then return false
      elseif literal == "null" then return nil end
      return tonumber(literal)
    end
  end
  return value()
end

local function quoted(s) return '"' .. s .. '"' end

-- A well-formed answer of the question's type (right or wrong does not matter here), as QuizLoad.answerTo.
local function answer_to(q)
  local choices = q.choices or {}
  if q.type == "single" then return '{"option":' .. quoted(choices[1].id) .. '}'
  elseif q.type == "multiple" then return '{"options":[' .. quoted(choices[1].id) .. ']}'
  elseif q.type == "true-false" then return '{"value":true}'
  elseif q.type == "short" then return '{"text":"адвокат"}'
  elseif q.type == "ordering" then
    local ids = {}
    for i, c in ipairs(choices) do ids[i] = quoted(c.id) end
    return '{"order":[' .. table.concat(ids, ",") .. ']}'
  elseif q.type == "matching" then
    local pairs_ = {}
    for i, left in ipairs(q.lefts) do pairs_[i] = quoted(left.id) .. ":" .. quoted(choices[i].id) end
    return '{"pairs":{' .. table.concat(pairs_, ",") .. '}}'
  end
  error("unknown question type " .. tostring(q.type))
end

local threads = {}
function setup(thread)
  thread:set("index", #threads)
  threads[#threads + 1] = thread
end

local tokens, quiz = {}, ""
think = 0
local learner, step, steps, started_at
local latencies = {start = {}, answer = {}, submit = {}, ["submit-again"] = {}, read = {}}
errors, answers_sent, answers_stored, submitted, same_twice, learners_done = 0, 0, 0, 0, 0, 0
attempts, lat, first_error = "", "", ""
first_at, last_at, finished = 0, 0, false

function init(args)
  -- Each connection's learners are in a file of their own (TOKENS_FILE.index): a thousand threads each reading
  -- the whole list cost the generator seconds of CPU just as the learners start.
  local mine = {}
  for line in io.lines(args[1] .. "." .. index) do mine[#mine + 1] = line end
  tokens, quiz = mine, args[3]
  think = tonumber(args[2])
  learner = 0
  math.randomseed(index + 1)
end

local function next_learner()
  learner = learner + 1
  if learner > #tokens then return false end
  steps = {{kind = "start", method = "POST", path = "/api/quizzes/" .. quiz .. "/attempts"}}
  step = 1
  return true
end

function delay()
  if think == 0 then return 0 end
  return math.random(0, 2 * think)
end

function request()
  if steps == nil or step > #steps then
    if not next_learner() then
      if not finished then
        finished = true
        lat = serialised(latencies) -- once, at the end: done() reads it from each thread
        local mark = io.open(os.getenv("QUIZ_BURST_DONE"), "a") -- wrk itself waits for its -d; the script stops it
        mark:write(index, "\n")
        mark:close()
      end
      wrk.thread:stop()
      return wrk.format("GET", "/q/health/live")
    end
  end
  local s = steps[step]
  started_at = now_ms()
  if first_at == 0 then first_at = started_at end
  local headers = {["Authorization"] = "Bearer " .. tokens[learner], ["Accept"] = "application/json"}
  if s.body then headers["Content-Type"] = "application/json" end
  return wrk.format(s.method, s.path, headers, s.body)
end

-- "kind=ms,ms;kind=ms": thread:get passes strings between wrk's threads, not tables.
function serialised(values_by_kind)
  local parts = {}
  for kind, values in pairs(values_by_kind) do
    local text = {}
    for i, v in ipairs(values) do text[i] = string.format("%.2f", v) end
    parts[#parts + 1] = kind .. "=" .. table.concat(text, ",")
  end
  return table.concat(parts, ";")
end

local submitted_result
function response(status, headers, body)
  if steps == nil or step > #steps then return end
  local s = steps[step]
  local list = latencies[s.kind]
  last_at = now_ms()
  list[#list + 1] = last_at - started_at
  if status >= 300 then
    errors = errors + 1
    if first_error == "" then first_error = s.kind .. " " .. status .. " " .. body:sub(1, 200) end
    steps = nil -- this learner stops here; the database check counts what she lost
    return
  end
  if s.kind == "start" then
    local attempt = decode(body)
    attempts = attempts .. attempt.id .. "\n"
    local base = "/api/attempts/" .. attempt.id
    for _, q in ipairs(attempt.questions) do
      steps[#steps + 1] = {kind = "answer", method = "PUT", path = base .. "/answers/" .. q.id, body = answer_to(q)}
      answers_sent = answers_sent + 1
    end
    steps[#steps + 1] = {kind = "submit", method = "POST", path = base .. "/submit"}
    steps[#steps + 1] = {kind = "submit-again", method = "POST", path = base .. "/submit"}
    steps[#steps + 1] = {kind = "read", method = "GET", path = base}
  elseif s.kind == "submit" then
    submitted_result = body:match('"result":(%b{})')
  elseif s.kind == "submit-again" then
    if body:match('"result":(%b{})') == submitted_result then same_twice = same_twice + 1 end
  elseif s.kind == "read" then
    local read = decode(body)
    for _, q in ipairs(read.questions) do
      if q.answer ~= nil then answers_stored = answers_stored + 1 end
    end
    if read.state == "submitted" then submitted = submitted + 1 end
    learners_done = learners_done + 1
  end
  step = step + 1
end

local function percentile(sorted, p)
  local i = math.max(1, math.min(#sorted, math.ceil(p / 100 * #sorted)))
  return sorted[i]
end

function done(summary, latency, requests)
  local all = {start = {}, answer = {}, submit = {}, ["submit-again"] = {}, read = {}}
  local totals = {errors = 0, sent = 0, stored = 0, submitted = 0, same = 0, learners = 0}
  local out = io.open(os.getenv("QUIZ_BURST_ATTEMPTS") or "/dev/null", "w")
  local problem = ""
  for _, t in ipairs(threads) do
    totals.errors = totals.errors + t:get("errors")
    totals.sent = totals.sent + t:get("answers_sent")
    totals.stored = totals.stored + t:get("answers_stored")
    totals.submitted = totals.submitted + t:get("submitted")
    totals.same = totals.same + t:get("same_twice")
    totals.learners = totals.learners + t:get("learners_done")
    out:write(t:get("attempts"))
    if problem == "" then problem = t:get("first_error") end
    for part in string.gmatch(t:get("lat"), "[^;]+") do
      local kind, values = part:match("^([^=]+)=(.*)$")
      for v in string.gmatch(values, "[^,]+") do all[kind][#all[kind] + 1] = tonumber(v) end
    end
  end
  out:close()
  local from, to = math.huge, 0
  for _, t in ipairs(threads) do
    if t:get("first_at") > 0 then from = math.min(from, t:get("first_at")) end
    to = math.max(to, t:get("last_at"))
  end
  local seconds = (to - from) / 1000
  local think = threads[1]:get("think")
  local count = 0
  for _, v in pairs(all) do count = count + #v end
  io.write(string.format("learners %d, think time up to %d ms: %d requests in %.1f s (%.0f requests/s), errors %d\n",
    totals.learners, 2 * think, count, seconds, count / seconds, totals.errors))
  for _, kind in ipairs({"start", "answer", "submit", "submit-again", "read"}) do
    local v = all[kind]
    table.sort(v)
    if #v > 0 then
      io.write(string.format("%-13s n=%5d  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms\n", kind, #v,
        percentile(v, 50), percentile(v, 90), percentile(v, 99), v[#v]))
    end
  end
  io.write(string.format("answers sent %d, stored (read back) %d; attempts submitted %d of %d; "
    .. "double submit gave one result: %d of %d\n", totals.sent, totals.stored, totals.submitted, totals.learners,
    totals.same, totals.learners))
  if problem ~= "" then io.write("first error: " .. problem .. "\n") end
end
