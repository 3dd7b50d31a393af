from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterSupportedSdkVersions")


@_attrs_define
class ClusterSupportedSdkVersions:
    """Client name to advertised version range (informational; the normative compatibility surface is
    `client_compatibility`).

    """

    php: None | str | Unset = UNSET
    python: None | str | Unset = UNSET
    cli: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        php: None | str | Unset
        if isinstance(self.php, Unset):
            php = UNSET
        else:
            php = self.php

        python: None | str | Unset
        if isinstance(self.python, Unset):
            python = UNSET
        else:
            python = self.python

        cli: None | str | Unset
        if isinstance(self.cli, Unset):
            cli = UNSET
        else:
            cli = self.cli

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if php is not UNSET:
            field_dict["php"] = php
        if python is not UNSET:
            field_dict["python"] = python
        if cli is not UNSET:
            field_dict["cli"] = cli

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_php(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        php = _parse_php(d.pop("php", UNSET))

        def _parse_python(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        python = _parse_python(d.pop("python", UNSET))

        def _parse_cli(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cli = _parse_cli(d.pop("cli", UNSET))

        cluster_supported_sdk_versions = cls(
            php=php,
            python=python,
            cli=cli,
        )

        cluster_supported_sdk_versions.additional_properties = d
        return cluster_supported_sdk_versions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
