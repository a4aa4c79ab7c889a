//! `PageIterator`: a Python iterator over every item of a paginated list,
//! fetching each page with the GIL released.

use std::sync::Mutex;

use frontegg_identity::Pages;
use pyo3::IntoPyObjectExt;
use pyo3::prelude::*;

use crate::errors::to_py_err;

type NextItem = Box<dyn FnMut(Python<'_>) -> Option<PyResult<Py<PyAny>>> + Send>;

/// Iterates over every item of a list operation, page by page.
#[pyclass(module = "frontegg_identity")]
pub struct PageIterator {
    next_item: Mutex<NextItem>,
}

impl PageIterator {
    pub fn new<T>(mut pages: Pages<T>) -> Self
    where
        T: for<'py> IntoPyObject<'py> + Send + 'static,
    {
        let next_item = move |py: Python<'_>| {
            let next = py.detach(|| pages.next())?;
            Some(
                next.map_err(to_py_err)
                    .and_then(|item| item.into_py_any(py)),
            )
        };
        Self {
            next_item: Mutex::new(Box::new(next_item)),
        }
    }
}

#[pymethods]
impl PageIterator {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> Option<PyResult<Py<PyAny>>> {
        let mut next_item = self
            .next_item
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        next_item(py)
    }
}
