"""``shadergen cost``: bytes of code and embedded data, and the compile steps, per shader file."""

from __future__ import annotations

import json

from cli_process import assert_one_line_error, run_cli
from codegen_accuracy_cases import c_model

from shadergen.codegen.plan import plan_shader
from shadergen.codegen.render import HeaderInfo, render_shader
from shadergen.mpv.parse import parse_shader


def test_cost_splits_code_and_data_and_times_every_step(tmp_path):
    text = render_shader(plan_shader(c_model(8, 1, 1, "t8"), weights_in="texture"), HeaderInfo("t8"))
    path = tmp_path / "t8.glsl"
    path.write_text(text)
    result = run_cli("cost", "--json", path, timeout=300)
    assert result.returncode == 0, result.stderr
    [cost] = json.loads(result.stdout)["shaders"]
    shader = parse_shader(text, "t8.glsl")
    data = sum(2 * len(block.data) + 1 for block in shader.textures)
    assert (cost["passes"], cost["data_bytes"]) == (4, data)
    assert cost["code_bytes"] + cost["data_bytes"] == len(text.encode())
    assert cost["glslang_s"] >= cost["glslang_max_pass_s"] > 0 and cost["spirv_cross_s"] > 0
    assert cost["hlsl_bytes"] > 1000 and cost["gl_compile_s"] > 0 and cost["gl_renderer"]


def test_cost_of_a_broken_file_is_one_line(tmp_path):
    path = tmp_path / "broken.glsl"
    path.write_text("//!HOOK LUMA\n//!BIND HOOKED\nvec4 hook() { return nothing; }\n")
    assert_one_line_error(run_cli("cost", "--no-gl", path), "broken.glsl", "pass 1", "glslang")
