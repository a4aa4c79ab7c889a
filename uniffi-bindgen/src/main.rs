//! `uniffi-bindgen`, built from the same pinned uniffi as the bindings crate so
//! that generated Swift/Kotlin always match the scaffolding in the library.

fn main() {
    uniffi::uniffi_bindgen_main()
}
