.PHONY: quickstart quickstart-python test bench swift wheel public-api emulator emulator-matrix size

## Run the sign-up / login / refresh / logout quickstart (offline without credentials).
quickstart:
	cargo run --quiet --bin quickstart

## Every test: Rust, Python, Kotlin (installs what it needs).
test:
	bash scripts/test.sh

## Benchmarks (release build; writes BENCHMARKS.md).
bench:
	bash scripts/bench.sh

## Regenerate the committed Swift bindings.
swift:
	bash scripts/generate-swift.sh

## Portable wheel (manylinux2014 x86_64) and sdist into target/wheels, checked in fresh venvs.
wheel:
	bash scripts/wheel.sh

## Rewrite core/public-api.txt after a deliberate change of the public Rust API.
public-api:
	bash scripts/public-api.sh

## Run the Frontegg emulator on port 8900 (a stateful local Frontegg; see docs/testing.md).
emulator:
	cargo run --quiet -p frontegg-identity-testkit --bin frontegg-emulator -- --port 8900

## Rewrite docs/EMULATOR.md, the emulator's support matrix, from the specs.
emulator-matrix:
	cargo run --quiet -p frontegg-identity-testkit --bin frontegg-emulator -- --support-matrix ../shared/frontegg-openapi > docs/EMULATOR.md

## The uniffi library as apps ship it (mobile profile, stripped) against its 4 MB budget.
size:
	bash scripts/size.sh
