from typing import Literal

SearchAttributeType = Literal[
    "bool", "datetime", "double", "int", "keyword", "keyword_list", "text"
]

SEARCH_ATTRIBUTE_TYPE_VALUES: set[SearchAttributeType] = {
    "bool",
    "datetime",
    "double",
    "int",
    "keyword",
    "keyword_list",
    "text",
}


def check_search_attribute_type(value: str) -> SearchAttributeType:
    if value in SEARCH_ATTRIBUTE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_ATTRIBUTE_TYPE_VALUES!r}")
