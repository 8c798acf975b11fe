"""The engine's two speed-ups leave Whisper's numbers as they are.

Beam candidates attend to the audio as one batch: the same numbers as Whisper's own
broadcast attention, on both of its attention paths (the fast one for decoding, the
explicit one word alignment reads its weights from). A window is encoded once, however
often the fallback temperatures and word timing read it."""

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


@pytest.fixture
def encoder_runs():
    encoder = engine_current().model.encoder
    runs: list[int] = []
    hook = encoder.conv1.register_forward_hook(lambda *_: runs.append(1))
    yield encoder, runs
    hook.remove()


def test_a_window_read_again_is_not_encoded_again(encoder_runs):
    encoder, runs = encoder_runs
    window = torch.randn(1, 80, 3000)

    with torch.inference_mode():  # as the engine runs it; the weights may be inference tensors
        first = encoder(window)
        again = encoder(window.clone())

    assert len(runs) == 1
    assert again is first


def test_a_new_window_is_encoded_and_only_the_last_one_is_kept(encoder_runs):
    encoder, runs = encoder_runs
    window, next_window = torch.randn(1, 80, 3000), torch.randn(1, 80, 3000)

    with torch.inference_mode():
        first = encoder(window)
        following = encoder(next_window)
        first_again = encoder(window)

    assert len(runs) == 3
    assert not torch.equal(first, following)
    torch.testing.assert_close(first_again, first)
