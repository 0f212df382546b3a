"""``shadergen compare``: upscale a downscaled picture with shaders and classic scalers, score and show them.

upscalers.py makes the low-resolution input and every upscaled panel, metrics.py scores a panel
against the ground truth, contact_sheet.py draws the labelled picture, pipeline.py ties them together.
"""
