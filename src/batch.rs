//! Batches: an ordered parallel map that streams.
//!
//! [`Extractor::extract_many`](crate::Extractor::extract_many) is built on
//! [`ordered_map`], which is public so that pipelines can carry their own
//! per-item data (an id, a publication date, a line number, an error to
//! report) through the workers and still get results back in input order.
//!
//! Inputs are pulled from the iterator on the caller's thread only as
//! workers free up: at most a few batches per thread are in flight, so
//! memory does not grow with the length of the input. Items travel to the
//! workers in batches (32 items or 64 KB of text by default), so the cost
//! of the channels and the queue's lock is paid once per batch, not once
//! per document.

use crate::{Document, Extractor};
use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// Batches in flight per worker thread: enough to keep every worker busy
/// while the caller consumes results in order, few enough to bound memory.
const WINDOW_PER_THREAD: usize = 4;

/// Items per batch sent to a worker, unless [`OrderedMap::batch`] says otherwise.
const BATCH_ITEMS: usize = 32;

/// Weight per batch (see [`OrderedMap::weigh`]): 64 KB of text.
const BATCH_WEIGHT: usize = 64 << 10;

/// The number of threads [`ordered_map`] uses when not told: the machine's
/// available parallelism (1 if unknown).
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

type Outcome<R> = std::thread::Result<R>;

/// Applies `f` to every item of `items` on worker threads and yields the
/// results in input order. See [`OrderedMap`] for the number of threads.
///
/// ```
/// use viet_extract::batch::ordered_map;
///
/// let lengths: Vec<usize> = ordered_map(vec!["một", "hai", "ba"], |s: &str| s.chars().count()).threads(2).collect();
/// assert_eq!(lengths, [3, 3, 2]);
/// ```
pub fn ordered_map<I, R, F>(items: I, f: F) -> OrderedMap<I::IntoIter, R, F>
where
    I: IntoIterator,
    I::Item: Send + 'static,
    R: Send + 'static,
    F: Fn(I::Item) -> R + Send + Sync + 'static,
{
    OrderedMap {
        items: items.into_iter(),
        f: Some(f),
        threads: default_threads(),
        batch: BATCH_ITEMS,
        weigh: None,
        pool: None,
        next_in: 0,
        next_out: 0,
        in_flight: 0,
        done: BTreeMap::new(),
        exhausted: false,
    }
}

/// A batch: consecutive items with the index of the first.
type Batch<T> = (usize, Vec<T>);

struct Pool<T, R> {
    jobs: Option<SyncSender<Batch<T>>>,
    results: Receiver<Batch<Outcome<R>>>,
    workers: Vec<JoinHandle<()>>,
}

/// How much an item weighs toward the batch limit (its text's length).
type Weigher<T> = Box<dyn Fn(&T) -> usize + Send>;

/// The iterator [`ordered_map`] returns. Threads start at the first call to
/// `next`; with one thread, items are mapped on the caller's thread.
///
/// A panic in `f` is raised again on the caller's thread when its item's
/// turn comes; the results before it have been yielded by then.
pub struct OrderedMap<I: Iterator, R, F> {
    items: I,
    f: Option<F>,
    threads: usize,
    batch: usize,
    weigh: Option<Weigher<I::Item>>,
    pool: Option<Pool<I::Item, R>>,
    next_in: usize,
    next_out: usize,
    /// Batches sent whose results have not come back.
    in_flight: usize,
    done: BTreeMap<usize, Outcome<R>>,
    exhausted: bool,
}

impl<I, R, F> OrderedMap<I, R, F>
where
    I: Iterator,
    I::Item: Send + 'static,
    R: Send + 'static,
    F: Fn(I::Item) -> R + Send + Sync + 'static,
{
    /// Uses `n` threads (at least 1) instead of [`default_threads`]. Has no
    /// effect once iteration has started.
    pub fn threads(mut self, n: usize) -> Self {
        if self.pool.is_none() && self.next_in == 0 {
            self.threads = n.max(1);
        }
        self
    }

    /// Sends at most `n` items (at least 1) to a worker at a time, instead
    /// of 32. Has no effect once iteration has started.
    pub fn batch(mut self, n: usize) -> Self {
        if self.pool.is_none() && self.next_in == 0 {
            self.batch = n.max(1);
        }
        self
    }

    /// Also closes a batch once the items in it weigh 64 KB by `weigh`
    /// (e.g. the length of each text), so a batch of long documents does
    /// not hold one worker while others wait. Has no effect once iteration
    /// has started.
    pub fn weigh(mut self, weigh: impl Fn(&I::Item) -> usize + Send + 'static) -> Self {
        if self.pool.is_none() && self.next_in == 0 {
            self.weigh = Some(Box::new(weigh));
        }
        self
    }

    fn start(&mut self) {
        let Some(f) = self.f.take() else { return };
        let f = Arc::new(f);
        let (job_tx, job_rx) = mpsc::sync_channel::<Batch<I::Item>>(self.threads * WINDOW_PER_THREAD);
        let (res_tx, res_rx) = mpsc::channel();
        let job_rx = Arc::new(Mutex::new(job_rx));
        let workers = (0..self.threads)
            .map(|_| {
                let (f, jobs, results) = (Arc::clone(&f), Arc::clone(&job_rx), res_tx.clone());
                std::thread::spawn(move || loop {
                    // The lock is held only to take one batch.
                    let job = match jobs.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((first, items)) = job else { return };
                    let outs =
                        items.into_iter().map(|item| panic::catch_unwind(AssertUnwindSafe(|| f(item)))).collect();
                    if results.send((first, outs)).is_err() {
                        return;
                    }
                })
            })
            .collect();
        self.pool = Some(Pool { jobs: Some(job_tx), results: res_rx, workers });
    }

    /// The next batch of items from the input (empty when it is exhausted).
    fn next_batch(&mut self) -> Vec<I::Item> {
        let mut batch = Vec::with_capacity(self.batch.min(64));
        let mut weight = 0;
        while batch.len() < self.batch && weight < BATCH_WEIGHT {
            let Some(item) = self.items.next() else { break };
            weight += self.weigh.as_ref().map_or(0, |w| w(&item));
            batch.push(item);
        }
        batch
    }
}

impl<I, R, F> Iterator for OrderedMap<I, R, F>
where
    I: Iterator,
    I::Item: Send + 'static,
    R: Send + 'static,
    F: Fn(I::Item) -> R + Send + Sync + 'static,
{
    type Item = R;

    fn next(&mut self) -> Option<R> {
        if self.threads == 1 {
            let item = self.items.next()?;
            self.next_in += 1;
            return self.f.as_ref().map(|f| f(item));
        }
        if self.pool.is_none() {
            self.start();
        }
        // Keep the window full: this many batches in flight.
        let window = self.threads * WINDOW_PER_THREAD;
        while !self.exhausted && self.in_flight < window {
            let batch = self.next_batch();
            let pool = self.pool.as_mut()?;
            if batch.is_empty() {
                self.exhausted = true;
                pool.jobs = None; // workers end once the queue is drained
                break;
            }
            let n = batch.len();
            let sent = pool.jobs.as_ref().is_some_and(|tx| tx.send((self.next_in, batch)).is_ok());
            if !sent {
                break;
            }
            self.next_in += n;
            self.in_flight += 1;
        }
        if self.next_out == self.next_in {
            return None;
        }
        let pool = self.pool.as_mut()?;
        loop {
            if let Some(out) = self.done.remove(&self.next_out) {
                self.next_out += 1;
                return match out {
                    Ok(r) => Some(r),
                    Err(payload) => panic::resume_unwind(payload),
                };
            }
            // Every worker catches its panics, so results come for every
            // batch sent; an error here means the workers are gone.
            let (first, outs) = pool.results.recv().ok()?;
            self.in_flight -= 1;
            for (k, out) in outs.into_iter().enumerate() {
                self.done.insert(first + k, out);
            }
        }
    }
}

impl<I: Iterator, R, F> Drop for OrderedMap<I, R, F> {
    fn drop(&mut self) {
        if let Some(mut pool) = self.pool.take() {
            pool.jobs = None;
            drop(pool.results);
            for w in pool.workers.drain(..) {
                let _ = w.join();
            }
        }
    }
}

/// The iterator [`Extractor::extract_many`](crate::Extractor::extract_many)
/// returns: one [`Document`] per text, in input order.
///
/// Texts are taken from the input iterator on the caller's thread and copied
/// to the workers, so they may borrow from a buffer that outlives the
/// iteration only (`Vec<&str>` of a file's lines).
pub struct ExtractMany<I>
where
    I: Iterator,
    I::Item: AsRef<str>,
{
    inner: OrderedMap<Owned<I>, Document, ExtractFn>,
}

/// The work of one text; boxed so that [`ExtractMany`] can be named.
type ExtractFn = Box<dyn Fn(String) -> Document + Send + Sync>;

/// Copies each text so it can move to a worker thread.
struct Owned<I>(I);

impl<I> Iterator for Owned<I>
where
    I: Iterator,
    I::Item: AsRef<str>,
{
    type Item = String;

    fn next(&mut self) -> Option<String> {
        self.0.next().map(|t| t.as_ref().to_owned())
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<I> ExtractMany<I>
where
    I: Iterator,
    I::Item: AsRef<str>,
{
    pub(crate) fn new(extractor: Extractor, texts: I) -> Self {
        let work: ExtractFn = Box::new(move |text: String| extractor.extract(&text));
        ExtractMany { inner: ordered_map(Owned(texts), work).weigh(String::len) }
    }

    /// Uses `n` threads (at least 1) instead of [`default_threads`]. Has no
    /// effect once iteration has started.
    pub fn threads(self, n: usize) -> Self {
        ExtractMany { inner: self.inner.threads(n) }
    }
}

impl<I> Iterator for ExtractMany<I>
where
    I: Iterator,
    I::Item: AsRef<str>,
{
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        self.inner.next()
    }
}

impl<I> std::fmt::Debug for ExtractMany<I>
where
    I: Iterator,
    I::Item: AsRef<str>,
{
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExtractMany").field("threads", &self.inner.threads).finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_with_uneven_work() {
        let out: Vec<u64> = ordered_map(0..200u64, |n| {
            // Later items finish first.
            std::thread::sleep(std::time::Duration::from_micros((200 - n) * 20));
            n * n
        })
        .threads(4)
        .collect();
        assert_eq!(out, (0..200u64).map(|n| n * n).collect::<Vec<_>>());
    }

    #[test]
    fn pulls_inputs_lazily() {
        let pulled = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let p = Arc::clone(&pulled);
        let items = (0..10_000).inspect(move |_| {
            p.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        });
        let mut it = ordered_map(items, |n: i32| n + 1).threads(2).batch(8);
        assert_eq!(it.next(), Some(1));
        assert!(pulled.load(std::sync::atomic::Ordering::SeqCst) <= 2 * WINDOW_PER_THREAD * 8 + 1);
        assert_eq!(it.take(5).collect::<Vec<_>>(), [2, 3, 4, 5, 6]);
    }

    #[test]
    fn batches_by_weight_keep_order() {
        let texts: Vec<String> = (0..500).map(|n| "x".repeat(n * 97 % 3000)).collect();
        let want: Vec<usize> = texts.iter().map(String::len).collect();
        let got: Vec<usize> = ordered_map(texts, |t: String| t.len()).threads(3).weigh(String::len).collect();
        assert_eq!(got, want);
        let small: Vec<i32> = ordered_map(0..100, |n: i32| n).threads(2).batch(1).collect();
        assert_eq!(small, (0..100).collect::<Vec<_>>());
    }

    #[test]
    fn one_thread_and_empty_input() {
        assert_eq!(ordered_map(vec![1, 2, 3], |n: i32| n * 2).threads(1).collect::<Vec<_>>(), [2, 4, 6]);
        assert_eq!(ordered_map(Vec::<i32>::new(), |n: i32| n).threads(3).count(), 0);
    }

    #[test]
    fn a_panic_comes_after_the_results_before_it() {
        let mut it = ordered_map(0..10, |n: i32| {
            assert!(n != 5, "item five");
            n
        })
        .threads(2);
        let before: Vec<i32> = it.by_ref().take(5).collect();
        assert_eq!(before, [0, 1, 2, 3, 4]);
        let caught = panic::catch_unwind(AssertUnwindSafe(|| it.next()));
        assert!(caught.is_err());
    }
}
