"""Beam candidates attend to the audio as one batch: the same numbers as Whisper's own
broadcast attention, on both of its attention paths (the fast one for decoding, the
explicit one word alignment reads its weights from)."""
from __future__ import annotations

import pytest
import torch
from whisper.model import MultiHeadAttention

from transcription.engine import engine_current

pytestmark = pytest.mark.whisper


@pytest.fixture(scope="module")
def cross_attention():
    return engine_current().model.decoder.blocks[0].cross_attn


@pytest.mark.parametrize("fast_path", [True, False])
def test_candidates_folded_into_one_batch_attend_exactly_as_broadcast(cross_attention, fast_path, monkeypatch):
    monkeypatch.setattr(MultiHeadAttention, "use_sdpa", fast_path)
    torch.manual_seed(0)
    queries, keys, values = torch.randn(5, 3, 512), torch.randn(1, 1500, 512), torch.randn(1, 1500, 512)

    folded, folded_weights = cross_attention.qkv_attention(queries, keys, values)
    broadcast, broadcast_weights = MultiHeadAttention.qkv_attention(cross_attention, queries, keys, values)

    torch.testing.assert_close(folded, broadcast)
    if fast_path:
        assert folded_weights is None and broadcast_weights is None
    else:
        torch.testing.assert_close(folded_weights, broadcast_weights)


def test_candidates_reach_the_attention_kernel_as_one_batch(cross_attention, monkeypatch):
    import whisper.model

    kernel, batches = whisper.model.scaled_dot_product_attention, []

    def recording_kernel(q, k, v, **options):
        batches.append((q.shape[0], k.shape[0]))
        return kernel(q, k, v, **options)

    monkeypatch.setattr(whisper.model, "scaled_dot_product_attention", recording_kernel)

    cross_attention.qkv_attention(torch.randn(5, 1, 512), torch.randn(1, 1500, 512), torch.randn(1, 1500, 512))

    assert batches == [(1, 1)]
