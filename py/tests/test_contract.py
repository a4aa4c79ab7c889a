"""One operation per Frontegg tag through the Python package, against Prism
mock servers of Frontegg's OpenAPI files (started by scripts/test.sh)."""

import os
from pathlib import Path

import pytest

import frontegg_identity as fi
from contract_cases import CASES

URLS = os.environ.get("FRONTEGG_PRISM_URLS")
SPECS = Path(os.environ.get("FRONTEGG_OPENAPI_DIR") or Path(__file__).parents[2] / "../shared/frontegg-openapi")


@pytest.fixture(scope="module")
def client():
    if not URLS:
        if SPECS.is_dir():
            pytest.fail(f"the specs are at {SPECS} but FRONTEGG_PRISM_URLS is not set: run scripts/test.sh")
        pytest.skip("SKIPPED LOUDLY: no specs and no Prism, the Python contract cases did not run")
    service_urls = dict(pair.split("=", 1) for pair in URLS.split(",") if pair)
    return (
        fi.Client(
            base_url="http://127.0.0.1:9",
            service_urls=service_urls,
            client_id="contract-client-id",
            secret="contract-secret",
            vendor_host="app-contract.frontegg.com",
            application_id="app-contract",
        )
        .for_tenant("contract-tenant")
        .for_user("contract-user")
    )


def test_one_case_per_tag():
    groups = {group for group, _, _, _ in CASES}
    assert len(groups) == len(CASES) >= 50


@pytest.mark.parametrize("group, operation, args, kwargs", CASES, ids=[f"{g}.{o}" for g, o, _, _ in CASES])
def test_operation_is_accepted_and_decoded(client, group, operation, args, kwargs):
    method = getattr(getattr(client, group), operation)
    method(*args, **kwargs)
