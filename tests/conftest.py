"""Shared fixtures: one headless OpenGL context for every runtime test."""

import pytest


@pytest.fixture(scope="session")
def gl_context():
    from shadergen.engines.opengl.context import create_gl_context

    context = create_gl_context()
    yield context
    context.release()
