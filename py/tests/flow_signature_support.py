"""The checks behind test_flow_signatures.py (generated from codegen/flows.toml):
one flow's Python signature at runtime and in the stub, its Swift parameter
list in the committed bindings, and each old name's DeprecationWarning.
Kotlin is checked by compiling ffi-uniffi/tests/kotlin/FlowSignatures.kt."""

import ast
import inspect
import pathlib
import re
import warnings

import frontegg_identity

ROOT = pathlib.Path(__file__).resolve().parents[2]
STUB = ROOT / "py" / "frontegg_identity.pyi"
SWIFT = ROOT / "ffi-uniffi" / "bindings" / "swift" / "FronteggIdentity.swift"
SWIFT_ALIASES = ROOT / "ffi-uniffi" / "swift" / "Deprecated.swift"

_stub_classes = None


def _stub_class(name):
    global _stub_classes
    if _stub_classes is None:
        tree = ast.parse(STUB.read_text())
        _stub_classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    return _stub_classes["_ClientBase" if name == "Client" else name]


def _runtime_params(cls, method, getter):
    if getter:
        assert inspect.isdatadescriptor(inspect.getattr_static(cls, method)), f"{cls.__name__}.{method} is not a property"
        return []
    target = cls if method == "new" else getattr(cls, method)
    params = []
    for param in inspect.signature(target).parameters.values():
        if param.name in ("self", "cls"):
            continue
        assert param.kind in (param.POSITIONAL_OR_KEYWORD, param.KEYWORD_ONLY), (method, param)
        default = None if param.default is param.empty else repr(param.default)
        params.append((param.name, param.kind == param.KEYWORD_ONLY, default))
    return params


def _stub_params(cls_name, method, getter):
    cls = _stub_class(cls_name)
    name = "__new__" if method == "new" else method
    found = [n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == name]
    assert found, f"stub of {cls_name}.{name} is missing"
    node = found[0]
    decorators = [ast.unparse(d) for d in node.decorator_list]
    assert ("property" in decorators) == getter, (cls_name, name, decorators)
    args = node.args
    positional = args.args[1:]
    defaults = [None] * (len(positional) - len(args.defaults)) + [ast.unparse(d) for d in args.defaults]
    params = [(a.arg, False, d) for a, d in zip(positional, defaults)]
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        params.append((arg.arg, True, None if default is None else ast.unparse(default)))
    return params, decorators


def _swift_params(ffi_class, camel, method):
    text = SWIFT.read_text()
    start = re.search(rf"^open class {ffi_class}\b", text, re.M)
    assert start, f"no Swift class {ffi_class}"
    # The class ends where the next top-level declaration starts.
    end = re.compile(r"^(open class|public protocol|public struct|public enum|public func|extension|fileprivate)\b", re.M)
    after = end.search(text, start.end())
    body = text[start.start() : after.start() if after else len(text)]
    pattern = r"public convenience init\((.*?)\)\s*throws" if method == "new" else rf"open func {camel}\((.*?)\)"
    found = re.search(pattern, body)
    assert found, f"no Swift {ffi_class}.{camel}"
    params = []
    for part in filter(None, (p.strip() for p in found.group(1).split(","))):
        label, _, rest = part.partition(":")
        default = rest.split("=", 1)[1].strip() if "=" in rest else None
        params.append((label.strip(), default))
    return params


def _call_alias(cls_name, alias, params):
    """Calls an old name with placeholder arguments against a closed port:
    the warning comes first, then the call fails (or ends) on its own."""
    client = frontegg_identity.Client(base_url="http://127.0.0.1:9", client_id="c", timeout=0.5, max_retries=0)
    if cls_name == "Client":
        target = client
    elif cls_name == "Session":

        class Store:
            def load(self):
                return {"access_token": "a", "refresh_token": "r", "expires_at": 4e9}

            def save(self, stored):
                pass

            def clear(self):
                pass

        target = client.restore_session(Store())
    else:
        return False
    args = [] if not params else ["x" for name, keyword, default in params if not keyword and default is None]
    kwargs = {name: "x" for name, keyword, default in params if keyword and default is None}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            getattr(target, alias)(*args, **kwargs)
        except frontegg_identity.FronteggError:
            pass
    assert any(issubclass(w.category, DeprecationWarning) for w in caught), f"{cls_name}.{alias} did not warn"
    return True


def check_flow(cls_name, method, ffi_class, camel, getter, py_params, ffi_params, aliases):
    cls = getattr(frontegg_identity, cls_name)
    expected = [tuple(p) for p in py_params]
    assert _runtime_params(cls, method, getter) == expected, f"runtime {cls_name}.{method}"
    stub, _ = _stub_params(cls_name, method, getter)
    stub_expected = expected
    assert stub == stub_expected, f"stub {cls_name}.{method}: {stub} != {stub_expected}"
    swift = _swift_params(ffi_class, camel, method)
    assert swift == [tuple(p) for p in ffi_params], f"swift {ffi_class}.{camel}: {swift}"
    for alias in aliases:
        assert _runtime_params(cls, alias, getter) == expected, f"runtime {cls_name}.{alias}"
        stub, decorators = _stub_params(cls_name, alias, getter)
        assert stub == stub_expected and any(d.startswith("deprecated") for d in decorators), alias
        assert f"func {re.sub(r'_(.)', lambda m: m.group(1).upper(), alias)}(" in SWIFT_ALIASES.read_text(), alias
        _call_alias(cls_name, alias, expected)
