from typing import Literal

StorageDriver = Literal["azure", "gcs", "local", "s3"]

STORAGE_DRIVER_VALUES: set[StorageDriver] = {
    "azure",
    "gcs",
    "local",
    "s3",
}


def check_storage_driver(value: str) -> StorageDriver:
    if value in STORAGE_DRIVER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STORAGE_DRIVER_VALUES!r}")
