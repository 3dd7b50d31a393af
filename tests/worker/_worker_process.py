"""A worker in a process of its own: ``python -m tests.worker._worker_process URL QUEUE``."""

from __future__ import annotations

import asyncio
import sys

from durable_workflow import AsyncClient, Worker

from . import _workflows as w


async def main(url: str, queue: str) -> None:
    async with AsyncClient(url) as client:
        worker = Worker(
            client,
            task_queue=queue,
            workflows=[w.CrashyWorkflow, w.TypedWorkflow],
            activities=[w.crash_step, w.reserve],
            worker_id="doomed-worker",
        )
        await worker.run()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
