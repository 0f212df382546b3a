"""Run ``python -m shadergen`` as a user would, and check the one-line error contract."""

import subprocess
import sys


def run_cli(*args, timeout=60):
    return subprocess.run(
        [sys.executable, "-m", "shadergen", *map(str, args)], capture_output=True, text=True, timeout=timeout
    )


def assert_one_line_error(result, *fragments):
    """Exit code 2, nothing on stdout, one line on stderr containing every fragment, no traceback."""
    assert result.returncode == 2, result
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
