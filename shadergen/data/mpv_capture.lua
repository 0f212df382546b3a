-- shadergen.engines.mpv_player: once the first frame is shown, write the window screenshot and the
-- names of the passes the renderer ran for it (the vo-passes property), then quit.
local shot = mp.get_opt("shadergen-shot")
local passes_file = mp.get_opt("shadergen-passes")
local done = false
local function capture()
  mp.commandv("screenshot-to-file", shot, "window")
  local passes = mp.get_property_native("vo-passes") or {}
  local f = io.open(passes_file, "w")
  for _, pass in ipairs(passes["fresh"] or {}) do f:write(pass["desc"], "\n") end
  f:close()
end
mp.register_event("playback-restart", function()
  if done then return end
  done = true
  mp.add_timeout(0.5, function()
    local ok, err = pcall(capture)
    if not ok then mp.msg.error("capture failed: " .. tostring(err)) end
    mp.command("quit")
  end)
end)
