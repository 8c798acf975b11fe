"""Decoding options come from settings: a typo must fail loudly at start-up, not be ignored."""

from __future__ import annotations

import pytest

from transcription.engines.base import DecodingOptions


def test_settings_build_the_options_they_name():
    options = DecodingOptions.from_dict({"beam_size": None, "temperatures": [0.0, 0.5], "quantization": "int8"})

    assert (options.beam_size, options.temperatures, options.quantization) == (None, (0.0, 0.5), "int8")


def test_an_unknown_option_is_refused():
    with pytest.raises(TypeError):
        DecodingOptions.from_dict({"beam": 5})


def test_an_unknown_quantization_is_refused():
    with pytest.raises(ValueError, match="int4"):
        DecodingOptions(quantization="int4")
