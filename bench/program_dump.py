"""What the OpenGL driver made of each compute pass: its program binary (glGetProgramBinary).

    python bench/program_dump.py --out DIR SHADER [SHADER ...]

Runs each shader file for one small frame in shadergen's runtime, then saves every compute pass's
program binary as DIR/<shader>_pass<N>.bin. On NVIDIA the binary embeds the compiled machine code;
where it holds an ELF image, that is saved beside it (.elf) and, when CUDA's ``cuobjdump`` and
``nvdisasm`` are on PATH, its register count and an instruction histogram are printed: the
evidence for or against register spills and extra instructions per multiply-add (bench/README.md).
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from shadergen.benchmark import prepare_shader, synthetic_frame  # noqa: E402
from shadergen.engines.opengl.context import create_gl_context  # noqa: E402
from shadergen.engines.opengl.runtime import Runtime  # noqa: E402

ELF_MAGIC = b"\x7fELF"


def gl_function(name: str, restype, *argtypes):
    egl = ctypes.CDLL("libEGL.so.1")
    egl.eglGetProcAddress.restype = ctypes.c_void_p
    egl.eglGetProcAddress.argtypes = [ctypes.c_char_p]
    address = egl.eglGetProcAddress(name.encode())
    if not address:
        raise SystemExit(f"{name}: not exported by this OpenGL driver")
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def program_binary(get_binary, program) -> bytes:
    buffer = ctypes.create_string_buffer(1 << 24)
    length, binary_format = ctypes.c_int(0), ctypes.c_uint(0)
    get_binary(program.glo, len(buffer), ctypes.byref(length), ctypes.byref(binary_format), buffer)
    return buffer.raw[: length.value]


def analyse(data: bytes, stem: Path) -> None:
    elf_offsets = [m.start() for m in re.finditer(re.escape(ELF_MAGIC), data)]
    print(f"{stem.name}: {len(data)} bytes; ELF at {elf_offsets}")
    text = re.findall(rb"[\x20-\x7e\n\t]{40,}", data)
    if text:
        stem.with_suffix(".txt").write_bytes(b"\n----\n".join(text))
        words = collections.Counter(re.findall(rb"\b([A-Z]{2,6})(?:\.[A-Z0-9]+)*\b", b"\n".join(text)))
        print("  text opcodes:", dict(words.most_common(14)))
    for index, start in enumerate(elf_offsets):
        elf = stem.parent / f"{stem.name}_{index}.elf"
        elf.write_bytes(data[start:])
        for tool, args in (("cuobjdump", ["-res-usage"]), ("nvdisasm", ["-c"])):
            if shutil.which(tool) is None:
                continue
            done = subprocess.run([tool, *args, str(elf)], capture_output=True, text=True, timeout=60)
            out = done.stdout + done.stderr
            elf.with_suffix(f".{tool}.txt").write_text(out)
            if tool == "cuobjdump":
                print("  ", " ".join(out.split())[:400])
            else:
                pattern = r"^\s+/\*[0-9a-f]+\*/\s+(?:@!?U?P\w+\s+)?([A-Z0-9]+)"
                opcodes = collections.Counter(re.findall(pattern, out, re.M))
                print("  SASS:", sum(opcodes.values()), "instructions", dict(opcodes.most_common(16)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shaders", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    ctx = create_gl_context()
    print(ctx.info["GL_RENDERER"], ctx.info["GL_VERSION"])
    get_binary = gl_function("glGetProgramBinary", None, ctypes.c_uint, ctypes.c_int,
                             ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_uint), ctypes.c_void_p)
    captured = []
    compile_compute = ctx.compute_shader

    def capture(source):
        program = compile_compute(source)
        captured.append(program)
        return program

    ctx.compute_shader = capture
    for path in args.shaders:
        runtime = Runtime([prepare_shader(path).shader], ctx=ctx, timing=True)
        runtime.benchmark(synthetic_frame(64, 48), (128, 96), 0, 1)
        for index, program in enumerate(captured):
            stem = args.out / f"{path.stem}_pass{index}"
            data = program_binary(get_binary, program)
            stem.with_suffix(".bin").write_bytes(data)
            analyse(data, stem)
        captured.clear()
        runtime.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
