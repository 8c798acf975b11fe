"""How a task worker's C allocator keeps memory: in one arena, so the heap stops growing job by job.

glibc's malloc gives each thread that allocates while another holds the lock an arena of its
own (up to eight per core) and keeps what is freed in each for later. A worker's speech engine
allocates and frees its buffers from several threads (CTranslate2 encodes a window with every
core), so each arena grew to the largest window it had seen, and a worker's memory climbed with
every recording it read. With one arena a worker with the CTranslate2 engine, after four guided
turns and three sample calls, held 445 MiB instead of 471–517 and peaked at 540 instead of
585–594, at the same CPU time (``benchmarks/transcribe_speed.py --worker``). Jobs run one at a
time, so one arena costs a worker no waiting; web workers, whose request threads do run at
once, keep glibc's default.
"""

from __future__ import annotations

import ctypes
import ctypes.util

M_ARENA_MAX = -8  # mallopt's parameter number (glibc's malloc.h)
WORKER_ARENAS = 1


def malloc_arenas_limit(arenas: int = WORKER_ARENAS) -> bool:
    """Threads that need an arena from now on share at most ``arenas``; False where the C
    library is not glibc (the limit is only a saving, never needed to run)."""
    try:
        mallopt = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_ARENA_MAX, arenas))
