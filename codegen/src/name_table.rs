//! The committed table of public operation names
//! (`codegen/operation-names.json`): operationId → method name.
//!
//! A name, once published, stays: the generator reads every name from the
//! table, adds the names of operations it has not seen, and refuses to run
//! when an operation the table names has left the specs, unless the table's
//! `retired` section says why. Renaming is an edit of the table, never a
//! side effect of a spec change.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::spec::NAMES_FILE;

#[derive(Debug, Default, PartialEq)]
pub struct NameTable {
    /// `file#operationId` → method name.
    pub names: BTreeMap<String, String>,
    /// `file#operationId` → why the operation may leave the specs.
    pub retired: BTreeMap<String, String>,
}

impl NameTable {
    /// Reads the table; a missing file is an empty table.
    pub fn parse(text: Option<&str>) -> Result<Self, String> {
        let Some(text) = text else {
            return Ok(Self::default());
        };
        let value: Value = serde_json::from_str(text).map_err(|e| format!("{NAMES_FILE}: {e}"))?;
        let section = |name: &str| -> Result<BTreeMap<String, String>, String> {
            let Some(entries) = value.get(name) else {
                return Ok(BTreeMap::new());
            };
            let entries = entries
                .as_object()
                .ok_or_else(|| format!("{NAMES_FILE}: `{name}` must be an object"))?;
            entries
                .iter()
                .map(|(key, value)| match value.as_str() {
                    Some(text) => Ok((key.clone(), text.to_owned())),
                    None => Err(format!("{NAMES_FILE}: `{name}.{key}` must be a string")),
                })
                .collect()
        };
        Ok(Self {
            names: section("names")?,
            retired: section("retired")?,
        })
    }

    /// Checks the specs against the table: `present` are the keys of every
    /// operation in the specs, `new_names` those the table did not know.
    /// Fails naming each operation that left the specs (its old name) and
    /// each newcomer, since a vanished operation beside a new one is most
    /// often a renamed operationId.
    pub fn check(&self, present: &[String], new_names: &[(String, String)]) -> Result<(), String> {
        let gone: Vec<String> = self
            .names
            .iter()
            .filter(|(key, _)| !present.contains(key) && !self.retired.contains_key(*key))
            .map(|(key, name)| format!("  - {key} (published as `{name}`)"))
            .collect();
        if gone.is_empty() {
            return Ok(());
        }
        let mut message = format!(
            "{} operation(s) named in {NAMES_FILE} are no longer in the specs:\n{}",
            gone.len(),
            gone.join("\n")
        );
        if !new_names.is_empty() {
            let added: Vec<String> = new_names
                .iter()
                .map(|(key, name)| format!("  + {key} (would be named `{name}`)"))
                .collect();
            message.push_str(&format!(
                "\nnew in the specs (a renamed operationId?):\n{}",
                added.join("\n")
            ));
        }
        message.push_str(&format!(
            "\nto keep a published name, move its entry to the new key in {NAMES_FILE}; \
             to drop an operation, add its key to `retired` with the reason"
        ));
        Err(message)
    }

    /// The table with `new_names` added, as written to the repository.
    pub fn render(&self, new_names: &[(String, String)]) -> String {
        let mut names: Map<String, Value> = self
            .names
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect();
        for (key, name) in new_names {
            names.insert(key.clone(), Value::String(name.clone()));
        }
        let retired: Map<String, Value> = self
            .retired
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect();
        let table = serde_json::json!({
            "about": "Public method name of every operation, by spec file and operationId. \
                      The generator adds new operations; edit a name only to rename it on purpose.",
            "names": names,
            "retired": retired,
        });
        let mut text = serde_json::to_string_pretty(&table).unwrap_or_default();
        text.push('\n');
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> NameTable {
        NameTable::parse(Some(
            r#"{"names": {"a.json#Old_op": "get_thing", "a.json#Kept": "kept"}, "retired": {}}"#,
        ))
        .unwrap()
    }

    #[test]
    fn a_renamed_operation_id_fails_naming_the_old_and_the_new() {
        let present = vec!["a.json#Kept".to_owned(), "a.json#New_op".to_owned()];
        let new_names = vec![("a.json#New_op".to_owned(), "get_thing".to_owned())];
        let error = table().check(&present, &new_names).unwrap_err();
        assert!(
            error.contains("a.json#Old_op (published as `get_thing`)"),
            "{error}"
        );
        assert!(
            error.contains("a.json#New_op (would be named `get_thing`)"),
            "{error}"
        );
    }

    #[test]
    fn retired_operations_may_leave_and_new_ones_are_added() {
        let mut table = table();
        table
            .retired
            .insert("a.json#Old_op".into(), "removed by Frontegg".into());
        let present = vec!["a.json#Kept".to_owned()];
        assert_eq!(table.check(&present, &[]), Ok(()));
        let rendered = table.render(&[("a.json#Added".into(), "added".into())]);
        let again = NameTable::parse(Some(&rendered)).unwrap();
        assert_eq!(
            again.names.get("a.json#Added").map(String::as_str),
            Some("added")
        );
        assert_eq!(again.retired.len(), 1);
    }
}
