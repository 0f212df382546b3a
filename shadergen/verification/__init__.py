"""Measuring a shader against the numpy reference of its network: inputs, floors, tolerances, reports."""
