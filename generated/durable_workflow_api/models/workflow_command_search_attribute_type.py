from typing import Literal

WorkflowCommandSearchAttributeType = Literal[
    "bool", "datetime", "float", "int", "keyword", "keyword_list", "string"
]

WORKFLOW_COMMAND_SEARCH_ATTRIBUTE_TYPE_VALUES: set[WorkflowCommandSearchAttributeType] = {
    "bool",
    "datetime",
    "float",
    "int",
    "keyword",
    "keyword_list",
    "string",
}


def check_workflow_command_search_attribute_type(value: str) -> WorkflowCommandSearchAttributeType:
    if value in WORKFLOW_COMMAND_SEARCH_ATTRIBUTE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_COMMAND_SEARCH_ATTRIBUTE_TYPE_VALUES!r}"
    )
