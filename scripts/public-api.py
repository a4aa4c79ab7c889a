#!/usr/bin/env python3
"""Prints the public Rust API of frontegg-identity, one item a line, sorted,
from rustdoc's JSON (nightly): every public path reachable from the crate
root (re-exports followed), with function signatures, struct fields, enum
variants, trait methods and constants; `#[doc(hidden)]` items are listed
and marked. Trait implementations are left out.

    cargo +nightly rustdoc --manifest-path core/Cargo.toml --lib -- \\
        -Z unstable-options --output-format json --document-hidden-items
    python3 scripts/public-api.py target/doc/frontegg_identity.json

The test command diffs the output against core/public-api.txt, so that a
change of the public API is always a deliberate edit of that file.
"""

import json
import sys


def main(path):
    doc = json.load(open(path))
    index = doc["index"]
    lines = set()

    def item(item_id):
        return index.get(str(item_id))

    def ty(t):
        if t is None:
            return "()"
        (kind, value), = t.items()
        if kind == "primitive":
            return value
        if kind == "generic":
            return value
        if kind == "resolved_path":
            name = value["path"].split("::")[-1]
            args = value.get("args")
            return name + generic_args(args)
        if kind == "borrowed_ref":
            return "&" + ("mut " if value["is_mutable"] else "") + ty(value["type"])
        if kind == "tuple":
            return "(" + ", ".join(ty(x) for x in value) + ")"
        if kind == "slice":
            return "[" + ty(value) + "]"
        if kind == "array":
            return "[" + ty(value["type"]) + "; " + value["len"] + "]"
        if kind in ("impl_trait", "dyn_trait"):
            bounds = value if kind == "impl_trait" else value.get("traits", [])
            names = []
            for bound in bounds:
                trait = bound.get("trait_bound", {}).get("trait") or bound.get("trait")
                if trait:
                    names.append(trait["path"].split("::")[-1] + generic_args(trait.get("args")))
            return ("impl " if kind == "impl_trait" else "dyn ") + " + ".join(names)
        if kind == "qualified_path":
            return ty(value["self_type"]) + "::" + value["name"]
        if kind == "raw_pointer":
            return "*" + ("mut " if value["is_mutable"] else "const ") + ty(value["type"])
        if kind == "function_pointer":
            return "fn(" + ", ".join(ty(x[1]) for x in value["sig"]["inputs"]) + ") -> " + ty(value["sig"]["output"])
        return kind

    def generic_args(args):
        if not args:
            return ""
        if "angle_bracketed" in args:
            parts = []
            for arg in args["angle_bracketed"]["args"]:
                if "type" in arg:
                    parts.append(ty(arg["type"]))
            return "<" + ", ".join(parts) + ">" if parts else ""
        if "parenthesized" in args:
            value = args["parenthesized"]
            return "(" + ", ".join(ty(x) for x in value["inputs"]) + ") -> " + ty(value.get("output"))
        return ""

    def signature(function):
        sig = function["sig"]
        def one(name, t):
            if name == "self":
                # `self`, `&self`, `&mut self` as written.
                return ty(t).replace("Self", "self")
            return f"{name}: {ty(t)}"

        inputs = ", ".join(one(name, t) for name, t in sig["inputs"])
        output = sig.get("output")
        return f"({inputs})" + (f" -> {ty(output)}" if output else "")

    def field(field_id):
        entry = item(field_id)
        return f"{entry['name']}: {ty(entry['inner']['struct_field'])}"

    def hidden(entry):
        attrs = json.dumps(entry.get("attrs", []))
        return " #[doc(hidden)]" if "hidden" in attrs else ""

    def add(line):
        lines.add(line)

    def inherent(impl_ids, prefix):
        for impl_id in impl_ids:
            impl = item(impl_id)
            if impl is None or impl["inner"]["impl"]["trait"] is not None:
                continue
            for member_id in impl["inner"]["impl"]["items"]:
                member = item(member_id)
                if member is None or member["visibility"] != "public":
                    continue
                kind = next(iter(member["inner"]))
                if kind == "function":
                    add(f"fn {prefix}::{member['name']}{signature(member['inner']['function'])}{hidden(member)}")
                elif kind == "assoc_const":
                    add(f"const {prefix}::{member['name']}: {ty(member['inner']['assoc_const']['type'])}")

    seen = set()

    def visit(item_id, path):
        entry = item(item_id)
        if entry is None or (item_id, path) in seen:
            return
        seen.add((item_id, path))
        kind = next(iter(entry["inner"]))
        value = entry["inner"][kind]
        mark = hidden(entry)
        if kind == "module":
            add(f"mod {path}{mark}")
            for child in value["items"]:
                child_entry = item(child)
                if child_entry is None or child_entry["visibility"] != "public":
                    continue
                child_kind = next(iter(child_entry["inner"]))
                if child_kind == "use":
                    use = child_entry["inner"]["use"]
                    target = use.get("id")
                    if target is None:
                        continue
                    if use["is_glob"]:
                        target_entry = item(target)
                        if target_entry and "module" in target_entry["inner"]:
                            for grandchild in target_entry["inner"]["module"]["items"]:
                                g = item(grandchild)
                                if g is not None and g["visibility"] == "public" and g.get("name"):
                                    visit(grandchild, f"{path}::{g['name']}")
                        continue
                    visit(target, f"{path}::{use['name']}")
                else:
                    visit(child, f"{path}::{child_entry['name']}")
        elif kind == "struct":
            add(f"struct {path}{mark}")
            struct_kind = value["kind"]
            fields = struct_kind.get("plain", {}).get("fields", []) if isinstance(struct_kind, dict) else []
            for field_id in fields:
                field_entry = item(field_id)
                if field_entry is not None and field_entry["visibility"] == "public":
                    add(f"field {path}::{field(field_id)}")
            inherent(value["impls"], path)
        elif kind == "enum":
            add(f"enum {path}{mark}")
            for variant_id in value["variants"]:
                variant = item(variant_id)
                shape = variant["inner"]["variant"]["kind"]
                fields = ""
                if isinstance(shape, dict) and "struct" in shape:
                    fields = " { " + ", ".join(field(f) for f in shape["struct"]["fields"]) + " }"
                elif isinstance(shape, dict) and "tuple" in shape:
                    fields = "(" + ", ".join(ty(item(f)["inner"]["struct_field"]) for f in shape["tuple"] if f is not None) + ")"
                add(f"variant {path}::{variant['name']}{fields}{hidden(variant)}")
            inherent(value["impls"], path)
        elif kind == "trait":
            add(f"trait {path}{mark}")
            for member_id in value["items"]:
                member = item(member_id)
                if member is not None and "function" in member["inner"]:
                    add(f"fn {path}::{member['name']}{signature(member['inner']['function'])}")
        elif kind == "function":
            add(f"fn {path}{signature(value)}{mark}")
        elif kind == "constant":
            add(f"const {path}: {ty(value['type'])}{mark}")
        elif kind == "static":
            add(f"static {path}: {ty(value['type'])}{mark}")
        elif kind == "type_alias":
            add(f"type {path} = {ty(value['type'])}{mark}")
        elif kind == "macro":
            add(f"macro {path}{mark}")

    visit(doc["root"], "frontegg_identity")
    for line in sorted(lines):
        print(line)


if __name__ == "__main__":
    main(sys.argv[1])
