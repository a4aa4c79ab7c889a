//! [`Pages`]: an iterator over every item of a paginated list, fetching
//! Frontegg's pages (`_offset` is a page index) only as they are needed.

use std::collections::VecDeque;

use crate::error::Result;

type FetchPage<T> = Box<dyn FnMut(i64) -> Result<(Vec<T>, Option<f64>)> + Send>;

/// Every item of a list operation, page by page. Yields `Err` once and
/// stops if a page cannot be fetched.
pub struct Pages<T> {
    fetch: FetchPage<T>,
    next_offset: Option<i64>,
    buffer: VecDeque<T>,
}

impl<T> Pages<T> {
    /// Starts at page `offset`; `fetch` returns one page's items and the
    /// total page count when Frontegg reports it.
    pub(crate) fn new(
        offset: i64,
        fetch: impl FnMut(i64) -> Result<(Vec<T>, Option<f64>)> + Send + 'static,
    ) -> Self {
        Self {
            fetch: Box::new(fetch),
            next_offset: Some(offset),
            buffer: VecDeque::new(),
        }
    }
}

impl<T> Iterator for Pages<T> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some(Ok(item));
            }
            let offset = self.next_offset.take()?;
            match (self.fetch)(offset) {
                Ok((items, total_pages)) => {
                    // Without a page count there is no telling whether more
                    // pages exist: stop after this one.
                    let more = !items.is_empty()
                        && total_pages.is_some_and(|total| ((offset + 1) as f64) < total);
                    if more {
                        self.next_offset = Some(offset + 1);
                    }
                    self.buffer.extend(items);
                }
                Err(error) => return Some(Err(error)),
            }
        }
    }
}

impl<T> std::fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages")
            .field("next_offset", &self.next_offset)
            .field("buffered", &self.buffer.len())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::FronteggError;

    #[test]
    fn walks_every_page_then_stops() {
        let mut calls = Vec::new();
        let pages = Pages::new(0, move |offset| {
            calls.push(offset);
            Ok((vec![offset * 10, offset * 10 + 1], Some(3.0)))
        });
        let items: Vec<i64> = pages.map(|r| r.unwrap_or(-1)).collect();
        assert_eq!(items, vec![0, 1, 10, 11, 20, 21]);
    }

    #[test]
    fn no_page_count_means_one_page_and_errors_end_the_walk() {
        let single: Vec<_> = Pages::new(0, |_| Ok((vec![1, 2], None))).collect();
        assert_eq!(single.len(), 2);
        let mut failing = Pages::<i64>::new(0, |_| Err(FronteggError::invalid_input("boom")));
        assert!(matches!(failing.next(), Some(Err(_))));
        assert!(failing.next().is_none());
    }
}
