//! Every blocking class of the Kotlin/Swift surface has an async twin
//! with the same methods, and every method that talks to the network is
//! `async` there: read from the committed Swift bindings (the Kotlin ones
//! come from the same library metadata; JUnit runs them), against the
//! flow table's `io` marks.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};

/// The methods without network I/O, which the twins keep plain: the flows
/// that codegen/flows.toml marks `io = false`, camelCased as Kotlin and
/// Swift name them. Getters of tag groups and pagers are plain too (found
/// by their return type).
fn no_io_methods() -> BTreeSet<String> {
    let table: toml::Table = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../codegen/flows.toml"
    ))
    .unwrap()
    .parse()
    .unwrap();
    table["flow"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|flow| flow.get("io").and_then(toml::Value::as_bool) == Some(false))
        .map(|flow| camel(flow["name"].as_str().unwrap()))
        .collect()
}

fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Only on the blocking client: it makes the twin.
const BLOCKING_ONLY: &[&str] = &["toAsync"];

/// Each `open class` of the file with its `open func`s: name → (is
/// async, is a getter of a group or pager).
fn classes(swift: &str) -> BTreeMap<String, BTreeMap<String, (bool, bool)>> {
    let mut found: BTreeMap<String, BTreeMap<String, (bool, bool)>> = BTreeMap::new();
    let mut current = None;
    for line in swift.lines() {
        if let Some(rest) = line.strip_prefix("open class ") {
            let name = rest.split([':', ' ']).next().unwrap().to_owned();
            found.entry(name.clone()).or_default();
            current = Some(name);
        } else if let (Some(class), Some(rest)) = (&current, line.strip_prefix("open func ")) {
            let name = rest.split('(').next().unwrap().to_owned();
            let is_async = rest.contains(")async ");
            let returns = rest
                .rsplit("->")
                .next()
                .unwrap_or("")
                .trim()
                .trim_end_matches('{')
                .trim();
            let getter = returns.ends_with("Api") || returns.ends_with("Pages");
            found
                .get_mut(class)
                .unwrap()
                .insert(name, (is_async, getter));
        }
    }
    found
}

#[test]
fn every_blocking_method_has_an_async_twin() {
    let swift = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/bindings/swift/FronteggIdentity.swift"
    ))
    .unwrap();
    let classes = classes(&swift);
    let twinned: Vec<&String> = classes
        .keys()
        .filter(|name| !name.starts_with("Async") && classes.contains_key(&format!("Async{name}")))
        .collect();
    // Every tag group, pager and flow class.
    let groups = classes
        .keys()
        .filter(|n| n.ends_with("Api") && !n.starts_with("Async"))
        .count();
    let pagers = classes
        .keys()
        .filter(|n| n.ends_with("Pages") && !n.starts_with("Async"))
        .count();
    assert!(groups >= 50, "{groups} tag groups");
    assert_eq!(
        twinned.len(),
        groups + pagers + 5,
        "classes without a twin: {:?}",
        classes
            .keys()
            .filter(|n| !n.starts_with("Async") && !twinned.contains(n))
            .collect::<Vec<_>>()
    );
    let no_io = no_io_methods();
    assert!(
        no_io.contains("authorizeUrl") && no_io.contains("forTenant"),
        "{no_io:?}"
    );
    let mut operations = 0;
    for class in twinned {
        let blocking = &classes[class];
        let twin = &classes[&format!("Async{class}")];
        let names: BTreeSet<&String> = blocking
            .keys()
            .filter(|n| !BLOCKING_ONLY.contains(&n.as_str()))
            .collect();
        let missing: Vec<&&String> = names.iter().filter(|n| !twin.contains_key(**n)).collect();
        assert!(missing.is_empty(), "Async{class} lacks {missing:?}");
        for (method, (is_async, getter)) in twin {
            if !blocking.contains_key(method) {
                continue;
            }
            let expect_async = !getter && !no_io.contains(method);
            assert_eq!(
                *is_async, expect_async,
                "Async{class}.{method}: async is {is_async}, expected {expect_async}"
            );
            if class.ends_with("Api") && *is_async {
                operations += 1;
            }
        }
    }
    assert!(operations >= 360, "{operations} async operations");
}
