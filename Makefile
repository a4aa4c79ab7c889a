.PHONY: quickstart quickstart-python test bench swift wheel public-api

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
