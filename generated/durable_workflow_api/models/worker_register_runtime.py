from typing import Literal

WorkerRegisterRuntime = Literal["external", "go", "java", "php", "python", "rust", "typescript"]

WORKER_REGISTER_RUNTIME_VALUES: set[WorkerRegisterRuntime] = {
    "external",
    "go",
    "java",
    "php",
    "python",
    "rust",
    "typescript",
}


def check_worker_register_runtime(value: str) -> WorkerRegisterRuntime:
    if value in WORKER_REGISTER_RUNTIME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKER_REGISTER_RUNTIME_VALUES!r}"
    )
