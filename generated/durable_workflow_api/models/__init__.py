"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .external_payload_reference import ExternalPayloadReference
from .history_event import HistoryEvent
from .json_object import JsonObject
from .map_or_empty_list_type_0 import MapOrEmptyListType0
from .payload_envelope import PayloadEnvelope
from .validation_errors import ValidationErrors

__all__ = (
    "ErrorResponse",
    "ExternalPayloadReference",
    "HistoryEvent",
    "JsonObject",
    "MapOrEmptyListType0",
    "PayloadEnvelope",
    "ValidationErrors",
)
