from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterAuthCanonicalEnvironment")


@_attrs_define
class ClusterAuthCanonicalEnvironment:
    """Configuration value to the canonical environment variable name."""

    server_url: str | Unset = UNSET
    namespace: str | Unset = UNSET
    auth_token: str | Unset = UNSET
    tls_verify: str | Unset = UNSET
    profile: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_url = self.server_url

        namespace = self.namespace

        auth_token = self.auth_token

        tls_verify = self.tls_verify

        profile = self.profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if auth_token is not UNSET:
            field_dict["auth_token"] = auth_token
        if tls_verify is not UNSET:
            field_dict["tls_verify"] = tls_verify
        if profile is not UNSET:
            field_dict["profile"] = profile

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        server_url = d.pop("server_url", UNSET)

        namespace = d.pop("namespace", UNSET)

        auth_token = d.pop("auth_token", UNSET)

        tls_verify = d.pop("tls_verify", UNSET)

        profile = d.pop("profile", UNSET)

        cluster_auth_canonical_environment = cls(
            server_url=server_url,
            namespace=namespace,
            auth_token=auth_token,
            tls_verify=tls_verify,
            profile=profile,
        )

        cluster_auth_canonical_environment.additional_properties = d
        return cluster_auth_canonical_environment

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
