"""Bad weights files: one line naming the file and the problem, exit code 2, never a traceback."""

import json
import shutil
import zipfile
from pathlib import Path

import h5py
import numpy as np
import pytest
from cli_process import assert_one_line_error, run_cli
from damaged_files import damaged_copies
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shadergen.errors import ShadergenError
from shadergen.model.load import load_model

DATA = Path(__file__).parent / "data" / "keras"
FUZZ_SOURCES = ["c2f8.keras", "c2f8.h5", "c2f8.weights.h5", "c2f8_keras2.h5"]


def _rewrite_keras(tmp_path, edit_config=None, edit_weights=None, name="bad.keras"):
    target = tmp_path / name
    with zipfile.ZipFile(DATA / "c2f8.keras") as source, zipfile.ZipFile(target, "w") as out:
        config = json.loads(source.read("config.json"))
        if edit_config:
            edit_config(config)
        out.writestr("config.json", json.dumps(config))
        weights = tmp_path / "model.weights.h5"
        weights.write_bytes(source.read("model.weights.h5"))
        if edit_weights:
            with h5py.File(weights, "r+") as handle:
                edit_weights(handle)
        out.writestr("model.weights.h5", weights.read_bytes())
        out.writestr("metadata.json", source.read("metadata.json"))
    return target


def _layers(config):
    return config["config"]["layers"]


def _set_kernel_size(config):
    _layers(config)[2]["config"]["kernel_size"] = [5, 5]


def _unknown_class(config):
    _layers(config)[3]["class_name"] = "BatchNormalization"


def _drop_layers(config):
    del config["config"]["layers"]


def _nan_weights(handle):
    data = handle["layers/conv2d_1/vars/0"]
    values = data[()]
    values[0, 0, 0, 0] = np.nan
    data[...] = values


def _inf_bias(handle):
    data = handle["layers/conv2d/vars/1"]
    data[...] = np.full(data.shape, np.inf, np.float32)


@pytest.mark.parametrize(
    "edit_config,edit_weights,fragments",
    [
        (_drop_layers, None, ["lists no layers"]),
        (_unknown_class, None, ["layer conv2d_2", "unsupported class BatchNormalization"]),
        (_set_kernel_size, None, ["layer conv2d_1", "kernel shape (3, 3, 8, 8) does not match"]),
        (None, _nan_weights, ["conv2d_1", "NaN or Inf"]),
        (None, _inf_bias, ["conv2d", "NaN or Inf"]),
    ],
    ids=["no-layers", "unknown-class", "kernel-shape", "nan", "inf"],
)
def test_broken_models_are_refused(tmp_path, edit_config, edit_weights, fragments):
    path = _rewrite_keras(tmp_path, edit_config, edit_weights)
    assert_one_line_error(run_cli("inspect", path), str(path), *fragments)


def test_missing_file_and_directory(tmp_path):
    assert_one_line_error(run_cli("inspect", tmp_path / "nope.keras"), "nope.keras", "no such file")
    assert_one_line_error(run_cli("inspect", tmp_path), str(tmp_path), "is a directory")


def test_not_a_model_file(tmp_path):
    path = tmp_path / "notes.keras"
    path.write_text("hello, I am text\n")
    assert_one_line_error(run_cli("inspect", path), str(path), "neither a .keras zip archive nor HDF5")


def test_weights_only_needs_arch_and_it_must_match():
    path = DATA / "c2f8.weights.h5"
    assert_one_line_error(run_cli("inspect", path), str(path), "--arch")
    assert_one_line_error(
        run_cli("inspect", path, "--arch", "C4F16"), "C4F16 needs 7 convolutions", "holds 5"
    )
    assert_one_line_error(run_cli("inspect", path, "--arch", "C2F16"), "conv2d", "does not match the config")
    assert_one_line_error(run_cli("inspect", path, "--arch", "banana"), "--arch", "C<layers>F<filters>")
    assert_one_line_error(
        run_cli("inspect", DATA / "c2f8.keras", "--arch", "C4F16"), "does not match the file"
    )


def test_truncated_files_are_refused(tmp_path):
    for name in FUZZ_SOURCES:
        data = (DATA / name).read_bytes()
        path = tmp_path / f"cut_{name}"
        path.write_bytes(data[: len(data) // 2])
        assert_one_line_error(run_cli("inspect", path), str(path))


def _load_or_refuse(path, arch):
    """A damaged file either still loads into a consistent network or is refused cleanly."""
    try:
        network = load_model(path, arch=arch).network
    except ShadergenError as error:
        message = str(error)
        assert "\n" not in message and str(path) in message
        return "refused"
    assert network.params > 0
    return "loaded"


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(source=st.sampled_from(FUZZ_SOURCES), data=st.data())
def test_fuzzed_files_never_escape_as_tracebacks(tmp_path, source, data):
    damaged = data.draw(damaged_copies((DATA / source).read_bytes()), label="damaged")
    path = tmp_path / f"fuzz_{source}"
    path.write_bytes(damaged)
    _load_or_refuse(path, "C2F8" if source.endswith(".weights.h5") else None)


def test_hdf5_crash_in_reader_is_reported(tmp_path, monkeypatch):
    # Simulate the HDF5 library dying on hostile bytes: the child process is killed by a signal.
    import os
    import signal

    from shadergen.model import keras_files

    def crash(path):
        os.kill(os.getpid(), signal.SIGSEGV)

    monkeypatch.setattr(keras_files, "_read_hdf5_file", crash)
    path = tmp_path / "crash.h5"
    shutil.copy(DATA / "c2f8.h5", path)
    with pytest.raises(ShadergenError, match="HDF5 library crashed with SIGSEGV"):
        load_model(path)
