"""``shadergen inspect WEIGHTS``: the layer table, parameter count and FLOPs of a model."""

from __future__ import annotations

import json

import click

from ..model.ir import Activation, Add, Conv2D, DepthToSpace, Input
from ..model.load import load_model
from .architecture_options import architecture_options


def describe_layers(network) -> list[dict]:
    rows = []
    for node in network.nodes:
        shape = network.shapes[node.name]
        source_channels = [network.shapes[source].channels for source in node.sources]
        row = {
            "name": node.name,
            "op": type(node).__name__,
            "in": source_channels[0] if source_channels else 0,
            "out": shape.channels,
            "kernel": None,
            "activation": None,
            "params": 0,
        }
        if isinstance(node, Conv2D):
            row.update(kernel=node.kernel_size, activation=node.activation.describe(), params=node.params)
        elif isinstance(node, Activation):
            row.update(activation=node.activation.describe())
        elif isinstance(node, DepthToSpace):
            row.update(op=f"DepthToSpace({node.block},{node.order}{',clip' if node.clip else ''})")
        elif isinstance(node, Add):
            row.update(op=f"Add({len(node.inputs)})")
        elif isinstance(node, Input):
            row.update(**{"in": node.channels})
        rows.append(row)
    return rows


@click.command("inspect")
@click.argument("weights", type=click.Path(dir_okay=True))
@architecture_options
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
def command(weights, arch, act, as_json):
    """Show the layers, parameters and FLOPs per input pixel of WEIGHTS (.keras, .h5, .weights.h5, .onnx)."""
    model = load_model(weights, arch=arch, act=act)
    network = model.network
    rows = describe_layers(network)
    if as_json:
        layers = [
            {key: row[key] for key in ("name", "op", "in", "out", "kernel", "activation")} for row in rows
        ]
        click.echo(
            json.dumps(
                {
                    "model": network.name,
                    "format": model.format,
                    "params": network.params,
                    "flops_per_pixel": network.flops_per_pixel,
                    "layers": layers,
                },
                indent=2,
            )
        )
        return
    click.echo(
        f"{network.name} ({model.format}): {network.in_channels} → {network.out_channels} channels, "
        f"{network.scale}× upscale"
    )
    width = max([10] + [len(row["activation"] or "") for row in rows])
    header = f"{'name':<20} {'op':<24} {'in→out':>9} {'kernel':>6} {'activation':<{width}} {'params':>8}"
    click.echo(header)
    click.echo("-" * len(header))
    for row in rows:
        kernel = f"{row['kernel']}×{row['kernel']}" if row["kernel"] else ""
        click.echo(
            f"{row['name']:<20.20} {row['op']:<24.24} {row['in']:>4}→{row['out']:<4} {kernel:>6} "
            f"{row['activation'] or '':<{width}} {row['params']:>8,}"
        )
    click.echo(
        f"total: {network.params:,} parameters, {network.flops_per_pixel:,} FLOPs per input pixel "
        "(2 × multiply-adds)"
    )
