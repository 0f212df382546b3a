"""Issue 17's reproductions, end to end in a real process: one stderr line naming the file and the
problem, exit 2 (lint: exit 1 with the finding), within 30 s, no file left behind, inputs unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import time
from pathlib import Path

import numpy as np
import pytest
from cli_process import assert_one_line_error, run_cli
from fuzz_cases import input_image

from shadergen import driver_guard
from shadergen.errors import ShadergenError
from shadergen.model import isolated
from shadergen.mpv.limits import MAX_PASSES, MAX_TEXTURE_DIM, checked_size, shader_problems
from shadergen.mpv.parse import parse_shader

REPOSITORY = Path(__file__).resolve().parent.parent
KERAS = REPOSITORY / "tests" / "data" / "keras"
DIST_COMPUTE = REPOSITORY / "dist" / "ArtCNN_C4F16_compute_fp32.glsl"
FIRST_WIDTH = "//!WIDTH HOOKED.w 2 *"
LUMA_PASS = "//!HOOK LUMA\n//!BIND HOOKED\n{extra}\nvec4 hook() {{ return HOOKED_tex(HOOKED_pos); }}\n"
ACCEPTANCE_SECONDS = 30


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def timed_cli(folder: Path, *args):
    """run_cli inside ``folder``; the run must end within the acceptance time."""
    start = time.monotonic()
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        result = run_cli(*args, timeout=ACCEPTANCE_SECONDS + 10)
    finally:
        os.chdir(cwd)
    assert time.monotonic() - start < ACCEPTANCE_SECONDS
    return result


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(REPOSITORY))
    (tmp_path / "in.png").write_bytes(input_image())
    return tmp_path


def dist_with(folder: Path, replacement: str) -> Path:
    text = DIST_COMPUTE.read_text(encoding="utf-8")
    assert FIRST_WIDTH in text
    path = folder / "s.glsl"
    path.write_text(text.replace(FIRST_WIDTH, replacement, 1), encoding="utf-8")
    return path


# ---- 1 and 5: sizes beyond the texture limit never reach the GPU ------------------------------------


@pytest.mark.parametrize(
    ("width", "shown"),
    [
        ("//!WIDTH 1e9", "1000000000x24 is outside 1..16384"),
        ("//!WIDTH 16385", "16385x24 is outside 1..16384"),
        ("//!WIDTH HOOKED.w 1e30 *\n//!COMPUTE 8 8", "is outside 1..16384"),
    ],
)
def test_run_refuses_a_pass_larger_than_the_largest_texture(folder, width, shown):
    shader = dist_with(folder, width)
    before = digest(shader)
    result = timed_cli(folder, "run", "s.glsl", "--input", "in.png", "-o", "o.png")
    lines = shader.read_text(encoding="utf-8").splitlines()
    first = next(number for number, line in enumerate(lines, 1) if line.startswith("//!DESC "))
    where = f"s.glsl: pass 1 ({lines[first - 1][len('//!DESC '):]}): line {first}: LUMA"
    assert where.startswith("s.glsl: pass 1 (ArtCNN_C4F16 compute conv2d")
    assert_one_line_error(result, where, shown)
    assert sorted(p.name for p in folder.iterdir()) == ["in.png", "s.glsl"]
    assert digest(shader) == before


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--scale", "1e9"], "--scale 1e+09: the target size 16000000000x12000000000 is outside 1..16384"),
        (["--scale", "nan"], "--scale must be positive (a finite number), got nan"),
        (["--width", "100000", "--height", "100000"], "the target size 100000x100000 is outside 1..16384"),
    ],
)
def test_run_refuses_a_target_larger_than_the_largest_texture(folder, options, message):
    (folder / "s.glsl").write_text(LUMA_PASS.format(extra="//!DESC copy"), encoding="utf-8")
    result = timed_cli(folder, "run", "s.glsl", "--input", "in.png", "-o", "o.png", *options)
    assert_one_line_error(result, message)
    assert not (folder / "o.png").exists()


def test_inspect_refuses_an_architecture_of_5000_digits(folder):
    (folder / "m.weights.h5").write_bytes((KERAS / "c2f8.weights.h5").read_bytes())
    result = timed_cli(folder, "inspect", "m.weights.h5", "--arch", "C" + "9" * 5000 + "F16")
    assert_one_line_error(result, "--arch 'C999", "expected C<layers>F<filters>")
    assert len(result.stderr) < 300


def test_checked_size_accepts_only_finite_whole_sizes_in_range():
    assert checked_size("t", 16384, 1.0) == (16384, 1)
    for bad in ((16385, 1), (0, 5), (1.5, 2), (float("inf"), 1), (float("nan"), 1), (10**30, 1), ("7", 1)):
        with pytest.raises(ShadergenError, match=f"outside 1..{MAX_TEXTURE_DIM}"):
            checked_size("t", *bad)


# ---- 2: a reader that spins or eats memory is stopped ------------------------------------------------


def test_the_h5_that_used_to_hang_inspect_ends_with_one_line(folder):
    data = bytearray((KERAS / "c2f8_keras2.h5").read_bytes())
    data[3135] = 0x9C
    (folder / "bad.h5").write_bytes(bytes(data))
    result = timed_cli(folder, "inspect", "bad.h5")
    assert_one_line_error(result, "bad.h5: layer conv2d needs exactly one input, has 0")


def spin_forever(_):
    while True:
        pass


def allocate_gigabytes(count):
    return np.ones((count << 30) // 8)


def test_a_reader_past_its_time_limit_is_killed(monkeypatch):
    monkeypatch.setattr(isolated, "READ_SECONDS", 1)
    start = time.monotonic()
    with pytest.raises(ShadergenError, match=r"^x\.h5: .*took longer than 1 s\)$"):
        isolated.run_isolated("x.h5", spin_forever, None)
    assert time.monotonic() - start < 5


def test_a_reader_past_its_memory_limit_fails_cleanly():
    with pytest.raises(ShadergenError, match=r"^x\.h5: .*needs more than 1024 MiB\)$"):
        isolated.run_isolated("x.h5", allocate_gigabytes, 2)


# ---- 3 and 4: outputs never destroy an input, a device or a link; inputs must be regular files -------


def build_refused(folder: Path, output: str, *fragments):
    model = folder / "m.keras"
    model.write_bytes((KERAS / "c2f8.keras").read_bytes())
    entries = sorted(p.name for p in folder.iterdir())
    result = timed_cli(folder, "build", "m.keras", "-o", output)
    assert_one_line_error(result, *fragments)
    assert digest(model) == digest(KERAS / "c2f8.keras")
    assert sorted(p.name for p in folder.iterdir()) == entries


def test_build_refuses_to_overwrite_its_own_input(folder):
    build_refused(folder, "m.keras", "m.keras: is also an input of this command; refusing to overwrite it")


def test_build_refuses_an_input_through_a_hard_link_or_a_symlink(folder):
    (folder / "m.keras").write_bytes(b"")
    os.link(folder / "m.keras", folder / "hard.glsl")
    os.symlink("m.keras", folder / "soft.glsl")
    build_refused(folder, "hard.glsl", "hard.glsl: is also an input")
    build_refused(folder, "soft.glsl", "soft.glsl: is also an input")


def test_build_refuses_a_fifo_output_and_names_a_parent_that_is_a_file(folder):
    os.mkfifo(folder / "p.glsl")
    (folder / "afile").write_bytes(b"")
    build_refused(folder, "p.glsl", "p.glsl: is a FIFO (named pipe); refusing to replace it")
    build_refused(folder, "afile/x.glsl", "afile/x.glsl: afile is not a folder")
    build_refused(folder, "", "the output file name is empty")


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod needs root")
def test_build_refuses_a_device_output(folder):
    os.mknod(folder / "null.glsl", 0o666 | 0o020000, os.makedev(1, 3))
    build_refused(folder, "null.glsl", "null.glsl: is a character device; refusing to replace it")


def test_build_writes_through_a_symlink_and_takes_a_long_name(folder):
    (folder / "m.keras").write_bytes((KERAS / "c2f8.keras").read_bytes())
    (folder / "real.glsl").write_text("old\n")
    os.symlink("real.glsl", folder / "link.glsl")
    assert timed_cli(folder, "build", "m.keras", "-o", "link.glsl").returncode == 0
    assert os.readlink(folder / "link.glsl") == "real.glsl"
    assert (folder / "real.glsl").read_text().startswith("// ")
    long_name = "a" * 250 + ".glsl"  # 255 bytes: the longest name ext4 and tmpfs allow
    result = timed_cli(folder, "build", "m.keras", "-o", long_name)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["in.png", "m.keras", "real.glsl", "link.glsl", long_name]
    )


@pytest.mark.parametrize(
    ("command", "name", "make", "message"),
    [
        (["inspect"], "p.keras", "fifo", "p.keras: cannot read the weights file: it is a FIFO"),
        (["lint"], "p.glsl", "fifo", "p.glsl: cannot read the shader: it is a FIFO (named pipe)"),
        (["build", "-o", "o.glsl"], "p.onnx", "fifo", "p.onnx: cannot read the weights file: it is a FIFO"),
        (["inspect"], "x.onnx", "zero", "x.onnx: cannot read the weights file: it is a character device"),
        (["lint"], "x.glsl", "zero", "x.glsl: cannot read the shader: it is a character device"),
        (["inspect"], "d.keras", "folder", "d.keras: cannot read the weights file: it is a directory"),
    ],
)
def test_inputs_must_be_regular_files(folder, command, name, make, message):
    {
        "fifo": lambda: os.mkfifo(folder / name),
        "zero": lambda: os.symlink("/dev/zero", folder / name),
        "folder": lambda: (folder / name).mkdir(),
    }[make]()
    result = timed_cli(folder, command[0], name, *command[1:])
    assert_one_line_error(result, message)
    assert not (folder / "o.glsl").exists()


# ---- 6: lint reports what run rejects; one-line errors everywhere ---------------------------------------


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("//!WHEN 1 +", "WHEN '1 +' failed: stack underflow at '+'"),
        ("//!WIDTH abc def", "WIDTH 'abc def' failed: unknown variable 'abc'"),
        ("//!WIDTH 1e9", "LUMA: the output size from WIDTH/HEIGHT 1000000000x1080 is outside 1..16384"),
        ("//!COMPONENTS 5", "COMPONENTS 5 is outside 0..4"),
        ("//!HEIGHT 1e999", "HEIGHT '1e999' failed: the result inf is not finite"),
        ("//!COMPUTE 64 32", "COMPUTE 64 32: 2048 threads per group, above the 1024"),
        ("//!SAVE A\n//!WIDTH B.w", "WIDTH 'B.w' failed: unknown texture 'B.w'"),
    ],
)
def test_limits_find_what_run_rejects(extra, message):
    shader = parse_shader(
        LUMA_PASS.format(extra=extra) + LUMA_PASS.format(extra="//!SAVE B\n//!WIDTH A.w"), "s"
    )
    [problem] = [p for p in shader_problems([shader]) if p.hook_pass.index == 0]
    assert problem.message.startswith(message) or message in problem.message, problem.message


def test_lint_exits_1_with_the_findings_of_run_and_skips_compiling_a_pass_flood(folder):
    (folder / "flood.glsl").write_text(
        LUMA_PASS.format(extra="//!HOOK NOPE") * (MAX_PASSES * 2), encoding="utf-8"
    )
    result = timed_cli(folder, "lint", "flood.glsl", "--json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["passes"] == []
    checks = {
        (f["check"], f["message"].split(",")[0]) for f in report["findings"] if f["severity"] == "error"
    }
    assert ("limits", "1024 passes") in checks and (
        "unknown-stage",
        "HOOK NOPE: no such stage; libplacebo never runs the pass there",
    ) in checks


def test_a_numpy_overflow_warning_adds_no_line_before_the_error(folder):
    import h5py

    model = folder / "big.weights.h5"
    model.write_bytes((KERAS / "c2f8.weights.h5").read_bytes())
    with h5py.File(model, "r+") as handle:
        del handle["layers/conv2d/vars/1"]
        handle["layers/conv2d/vars/1"] = np.full(8, 1e308)  # float64: becomes inf in float32
    result = timed_cli(folder, "build", "big.weights.h5", "--arch", "C2F8", "-o", "o.glsl")
    assert_one_line_error(result, "big.weights.h5: bias of conv2d contains NaN or Inf values")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "s.glsl"], "Missing option '--input' / '-i'. (see 'shadergen run --help')"),
        (["nope"], "No such command 'nope'."),
        (["build", "--variant", "vertex", "m.keras"], "Invalid value for '--variant'"),
    ],
)
def test_usage_errors_are_one_line(folder, args, message):
    assert_one_line_error(timed_cli(folder, *args), message)


def test_onnx_conv_with_auto_pad_and_negative_pads_is_refused_naming_the_node(folder):
    import onnx
    from onnx import helper

    model = onnx.load(KERAS / "c2f8.onnx")
    conv = next(node for node in model.graph.node if node.op_type == "Conv")
    kept = [a for a in conv.attribute if a.name not in ("pads", "auto_pad")]
    del conv.attribute[:]
    conv.attribute.extend(
        [
            *kept,
            helper.make_attribute("auto_pad", "SAME_UPPER"),
            helper.make_attribute("pads", [-1, -1, -1, -1]),
        ]
    )
    onnx.save(model, folder / "m.onnx")
    result = timed_cli(folder, "inspect", "m.onnx")
    assert_one_line_error(
        result, "m.onnx:", conv.name, "auto_pad=SAME_UPPER and pads=[-1, -1, -1, -1] are both given"
    )


def test_limits_find_a_resized_stage_that_libplacebo_may_not_resize():
    shader = parse_shader(LUMA_PASS.replace("LUMA", "OUTPUT").format(extra="//!WIDTH HOOKED.w 2 *"), "s")
    [problem] = shader_problems([shader])
    assert (
        problem.error().args[0] == "s: a pass resizes the stage OUTPUT, which libplacebo does not allow "
        "(it disables the shader file)"
    )


def test_an_npz_plane_larger_than_a_texture_is_refused_from_its_header(folder):
    planes = {"y": np.zeros((1, MAX_TEXTURE_DIM + 1), np.uint8), "cb": np.zeros((1, 1), np.uint8)}
    np.savez_compressed(folder / "big.npz", cr=np.zeros((1, 1), np.uint8), **planes)
    (folder / "s.glsl").write_text(LUMA_PASS.format(extra="//!DESC copy"), encoding="utf-8")
    result = timed_cli(folder, "run", "s.glsl", "--input", "big.npz", "-o", "o.png")
    assert_one_line_error(result, "big.npz: plane 'y' 16385x1 is outside 1..16384")
    assert not (folder / "o.png").exists()


def test_a_keras_layer_reading_a_missing_layer_is_refused_naming_it(folder):
    import io
    import zipfile

    original = zipfile.ZipFile(KERAS / "c2f8.keras")
    config = json.loads(original.read("config.json"))
    layer = config["config"]["layers"][2]
    layer["inbound_nodes"] = json.loads(json.dumps(layer["inbound_nodes"]).replace('"conv2d"', '"ghost"'))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in original.infolist():
            data = json.dumps(config) if info.filename == "config.json" else original.read(info.filename)
            archive.writestr(info.filename, data)
    (folder / "ghost.keras").write_bytes(out.getvalue())
    result = timed_cli(folder, "inspect", "ghost.keras")
    assert_one_line_error(result, "ghost.keras: layer conv2d_1: input 'ghost' is not defined before it")


def test_lint_reports_the_limits_of_a_pass_without_hook():
    from shadergen.lint.linter import lint_shader

    shader = parse_shader("//!DESC idle\n//!COMPONENTS 5\nvec4 hook() { return vec4(0); }\n", "s")
    report = lint_shader(shader)
    assert [
        (f.severity, f.check, f.pass_label, f.line, f.message)
        for f in report.findings
        if f.severity == "error"
    ] == [("error", "limits", "idle", 1, "COMPONENTS 5 is outside 0..4")]


SECRET = b"SECRET-KEY=" + b"hunter2-" * 40  # more bytes than the first kernel's 288


def weights_from_elsewhere(source: Path, out: Path, target: Path, dataset: str, mode: str) -> None:
    """``source`` copied to ``out`` with ``dataset`` taking its bytes from ``target``: HDF5 external
    storage (raw bytes of any file), an external link or a virtual dataset (another HDF5 file)."""
    import h5py

    out.write_bytes(source.read_bytes())
    with h5py.File(out, "r+") as handle:
        shape, dtype = handle[dataset].shape, handle[dataset].dtype
        del handle[dataset]
        if mode == "external":
            handle.create_dataset(dataset, shape=shape, dtype=dtype,
                                  external=[(str(target), 0, int(np.prod(shape)) * dtype.itemsize)])
        elif mode == "external link":
            handle[dataset] = h5py.ExternalLink(str(target), "/k")
        else:
            layout = h5py.VirtualLayout(shape=shape, dtype=dtype)
            layout[:] = h5py.VirtualSource(str(target), "k", shape=shape)
            handle.create_virtual_dataset(dataset, layout)


@pytest.mark.parametrize(("mode", "message"),
                         [("external", "is external storage (its data lives in another file)"),
                          ("external link", "links to another file"), ("virtual", "is a virtual dataset")])
@pytest.mark.parametrize(("name", "dataset"), [("c2f8.h5", "model_weights/conv2d/conv2d/kernel"),
                                               ("c2f8.weights.h5", "layers/conv2d/vars/0")])
def test_weights_stored_in_another_file_are_refused(folder, name, dataset, mode, message):
    """The fuzz run of 2026-12-05 read /etc/passwd-like files into a shader's literals through these
    three HDF5 features (exit 0, the secret in the .glsl)."""
    import h5py

    target = folder / ("secret.txt" if mode == "external" else "secret.h5")
    if mode == "external":
        target.write_bytes(SECRET)
    else:
        with h5py.File(target, "w") as handle:
            handle["k"] = np.frombuffer(SECRET[:288], dtype="<f4").reshape(3, 3, 1, 8)
    hostile = folder / f"hostile_{name}"
    weights_from_elsewhere(KERAS / name, hostile, target, dataset, mode)
    result = timed_cli(folder, "build", hostile.name, "--variant", "fragment", "-o", "out.glsl")
    assert_one_line_error(result, hostile.name, message, "weights must be stored in the file itself")
    assert not (folder / "out.glsl").exists()


def test_a_keras_archive_whose_weights_use_external_storage_is_refused(folder):
    import zipfile

    (folder / "secret.txt").write_bytes(SECRET)
    inner = folder / "model.weights.h5"
    with zipfile.ZipFile(KERAS / "c2f8.keras") as archive:
        inner.write_bytes(archive.read("model.weights.h5"))
        entries = {n: archive.read(n) for n in archive.namelist() if n != "model.weights.h5"}
    weights_from_elsewhere(inner, folder / "hostile.weights.h5", folder / "secret.txt",
                           "layers/conv2d/vars/0", "external")
    with zipfile.ZipFile(folder / "hostile.keras", "w") as archive:
        for entry, data in entries.items():
            archive.writestr(entry, data)
        archive.write(folder / "hostile.weights.h5", "model.weights.h5")
    result = timed_cli(folder, "build", "hostile.keras", "-o", "out.glsl")
    assert_one_line_error(result, "hostile.keras", "layers/conv2d/vars/0 is external storage")
    assert not (folder / "out.glsl").exists()


def crash_with(number):
    os.kill(os.getpid(), number)


@pytest.mark.parametrize(("number", "name"), [(signal.SIGSEGV, "the OpenGL driver crashed (SIGSEGV)"),
                                              (signal.SIGABRT, "the OpenGL driver crashed (SIGABRT)"),
                                              (signal.SIGKILL, "shadergen was killed (SIGKILL)")])
def test_a_crash_in_a_guarded_command_becomes_one_error_naming_the_shaders(tmp_path, number, name):
    shader = tmp_path / "x.glsl"
    shader.write_text(LUMA_PASS.format(extra=""), encoding="utf-8")
    image = tmp_path / "in.png"
    image.write_bytes(input_image())
    with pytest.raises(ShadergenError) as raised:
        driver_guard.run_guarded(lambda: crash_with(number), ["run", str(shader), "-i", str(image)])
    assert str(raised.value).startswith(f"{shader}: {name}")
    assert raised.value.exit_code == 2


def test_a_guarded_command_keeps_its_exit_code():
    def exits(code):
        raise SystemExit(code)

    assert driver_guard.run_guarded(lambda: exits(3), ["run"]) == 3
    assert driver_guard.run_guarded(lambda: None, ["run"]) == 0


def test_mesa_crashing_on_a_long_expression_is_one_line_and_no_output(folder):
    """Mesa 22.3's GLSL compiler overflows its stack on one expression of 200,000 terms (SIGSEGV,
    fuzz run of 2026-12-05); shadergen run used to die with it."""
    shader = folder / "long.glsl"
    shader.write_text("//!HOOK LUMA\n//!BIND HOOKED\nvec4 hook() { float x = 1.0" + " + 1.0" * 200_000
                      + "; return vec4(x); }\n", encoding="utf-8")
    result = timed_cli(folder, "run", "long.glsl", "-i", "in.png", "-o", "out.png")
    assert_one_line_error(result, "long.glsl: the OpenGL driver crashed (SIGSEGV)")
    assert not (folder / "out.png").exists()
    assert sorted(p.name for p in folder.iterdir()) == ["in.png", "long.glsl"]  # no temporary file either


def allocate_and_wait():
    hoard = bytearray(768 << 20)  # resident: bytearray zero-fills
    time.sleep(30)
    return hoard


def test_a_guarded_command_past_the_memory_limit_is_stopped_in_one_line(monkeypatch, tmp_path):
    monkeypatch.setattr(driver_guard, "_memory_limit", lambda: 256 << 20)
    start = time.monotonic()
    with pytest.raises(ShadergenError) as raised:
        driver_guard.run_guarded(allocate_and_wait, ["run", str(DIST_COMPUTE)])
    assert str(raised.value).startswith(f"{DIST_COMPUTE}: shadergen took more than 0.2 GiB of memory")
    assert time.monotonic() - start < 10


def write_slowly(path):
    from shadergen.atomic_files import write_atomically

    def write(temporary):
        Path(temporary).write_bytes(b"part of an image")
        time.sleep(30)

    write_atomically(path, write)


@pytest.mark.parametrize(("number", "code"), [(signal.SIGTERM, 128 + signal.SIGTERM), (signal.SIGINT, 1)])
def test_a_signal_to_shadergen_ends_the_child_and_leaves_no_temporary_file(tmp_path, number, code):
    """SIGTERM (timeout's) and SIGINT reach the child, which has a process group of its own, through
    the parent; the output's temporary file is removed (fuzz run of 2026-12-05: the child ran on as
    an orphan and wrote its output, or a .sg-*.tmp file stayed)."""
    import threading

    output = tmp_path / "out.png"
    # A shell starts background jobs with SIGINT ignored, and the forked child would inherit that
    # (`bash .ci/run &`: the child slept on); Ctrl-C in a terminal comes with Python's default handler.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    timer = threading.Timer(1.0, os.kill, (os.getpid(), number))
    timer.start()
    start = time.monotonic()
    try:
        assert driver_guard.run_guarded(lambda: write_slowly(output), ["run", "-o", str(output)]) == code
    finally:
        timer.cancel()
        signal.signal(signal.SIGINT, previous)
    assert time.monotonic() - start < 10
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["out.png", "x.p-g", "a b.\u00e9t\u00e9", "noext", "x.suffixtoolong", "x.",
                                  ".png"])
def test_leftover_temporary_files_are_found_whatever_the_output_suffix(tmp_path, name):
    """A write cut short by a signal leaves its temporary file, which driver_guard removes by name:
    every name write_atomically makes matches, a user's look-alike (no random part) does not."""
    from shadergen.atomic_files import remove_leftovers, write_atomically

    made = []

    def interrupted(temporary):
        made.append(Path(temporary).name)
        Path(temporary).write_bytes(b"part")
        os.link(temporary, tmp_path / "kept")  # the rename's cleanup must not get the file first

    write_atomically(tmp_path / name, interrupted)
    os.unlink(tmp_path / name)
    os.rename(tmp_path / "kept", tmp_path / made[0])
    (tmp_path / ".sg-notes.tmp.png").write_bytes(b"mine")
    remove_leftovers([tmp_path], since=0.0)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".sg-notes.tmp.png"]


def test_an_interrupted_command_says_so_in_one_line(folder):
    """Ctrl-C (SIGINT to shadergen) during a run: one line, exit 1, no output (click used to print an
    empty line first)."""
    import subprocess
    import sys

    shader = folder / "slow.glsl"
    shader.write_text(LUMA_PASS.format(extra=""), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "shadergen", "bench", str(shader), "--size", "64x48",
                                "--frames", "100000", "--warmup", "0"], cwd=folder, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True,
                               # as from a terminal, also where the tests run as a background job
                               # (which a shell starts with SIGINT ignored)
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(8)  # well inside the timing loop, also on a busy machine
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=30)
    assert (process.returncode, stderr) == (1, "shadergen: interrupted\n")
