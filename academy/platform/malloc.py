"""How a task worker's C allocator keeps memory: so the heap stops growing job by job.

glibc's malloc gives each thread that allocates while another holds the lock an arena of its
own (up to eight per core) and keeps what is freed in each for later. A worker's speech engine
allocates and frees its buffers from several threads (CTranslate2 encodes a window with every
core), so each arena grew to the largest window it had seen, and a worker's memory climbed with
every recording it read. With one arena a worker with the CTranslate2 engine, after four guided
turns and three sample calls, held 445 MiB instead of 471–517 and peaked at 540 instead of
585–594, at the same CPU time (``benchmarks/transcribe_speed.py --worker``).

glibc also raises its mmap threshold each time a large block is freed (up to 32 MiB), so after
the first 30-s window the encoder's buffers of a few MiB came from the heap and stayed there,
instead of being mapped and given back; how high a worker peaked then depended on how those
blocks happened to lie (557–573 MiB after the two sample calls, 600 in one CI run, against the
issue's 600). With the threshold fixed at 2 MiB the same worker peaked at 507–510 MiB and held
410 instead of 457–505; a guided turn cost the same CPU and a whole call about 15 % more (20.5–22.7
→ 24.4–26.7 CPU-s for the two calls), still inside the CTranslate2 engine's lead on the peer. At
256 KiB or 1 MiB the peak fell no further and a call cost 20–40 % more. Jobs run one at a time, so
one arena costs a worker no waiting; web workers, whose request threads do run at once, keep
glibc's defaults.
"""

from __future__ import annotations

import ctypes
import ctypes.util

M_MMAP_THRESHOLD = -3  # mallopt's parameter numbers (glibc's malloc.h)
M_ARENA_MAX = -8
WORKER_ARENAS = 1
WORKER_MMAP_THRESHOLD = 2 * 1024 * 1024  # bytes: larger blocks are mapped, and given back when freed


def malloc_for_worker() -> bool:
    """Threads that need an arena from now on share one, and blocks from 2 MiB are mapped
    apart from the heap; False where the C library is not glibc (the limits are only a saving,
    never needed to run)."""
    try:
        mallopt = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_ARENA_MAX, WORKER_ARENAS)) and bool(mallopt(M_MMAP_THRESHOLD, WORKER_MMAP_THRESHOLD))
