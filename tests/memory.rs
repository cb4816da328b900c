//! Peak heap memory of one cleaning, against the size of the input.
//!
//! A counting allocator records the most bytes held at once while
//! `chaff::clean` runs. Allocation counts do not depend on the machine's
//! load, so this is a bound, not a timing. The bound is the README's
//! ("Limits and errors"): ten times the input plus 128 bytes a block
//! (twice that in idempotent mode, which cleans twice). Real pages stay
//! under ten times their size; in a dump of short lines the per-block
//! records dominate, and the worst is one-letter lines, a block every two
//! bytes.
//!
//! One test function, so that no other test allocates while it measures.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; the
// counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let held = HELD.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(held, Ordering::Relaxed);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Old and new blocks may both be held while the bytes move.
        let held = HELD.fetch_add(new_size, Ordering::Relaxed) + new_size;
        PEAK.fetch_max(held, Ordering::Relaxed);
        let moved = System.realloc(ptr, layout, new_size);
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Peak heap bytes while cleaning `text`, over what was held before, and
/// the number of blocks the text was cut into.
fn peak_while_cleaning(text: &str, config: chaff::Config) -> (usize, usize) {
    let cleaner = chaff::Cleaner::new(config);
    // The phrase tables are built on first use and kept: not the input's.
    cleaner.clean("Warm up.").unwrap();
    let before = HELD.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let cleaned = cleaner.clean(text).unwrap();
    let peak = PEAK.load(Ordering::Relaxed) - before;
    let blocks = cleaned.blocks.len();
    drop(cleaned);
    (peak, blocks)
}

fn fixtures_repeated(bytes: usize) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut pages = String::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        if name.ends_with(".txt") && !name.ends_with(".clean.txt") {
            pages.push_str(&std::fs::read_to_string(path).unwrap());
            pages.push_str("\n\n");
        }
    }
    pages.repeat(bytes / pages.len() + 1)
}

/// What each block may cost beyond [`INPUT_MULTIPLE`] times the input,
/// in bytes: its records while the rules run and in the result.
const BLOCK_BYTES: usize = 128;
/// How many times its size in bytes an input may take.
const INPUT_MULTIPLE: usize = 10;

#[test]
fn peak_memory_is_bounded_by_the_input_and_its_blocks() {
    // Pages are measured on 4 MiB, where the fixed part (a table sized up
    // to a bound) is small beside them; many-block dumps on 1 MiB, which
    // takes a few seconds in a debug build.
    const SIZE: usize = 1 << 20;
    let pages = fixtures_repeated(4 * SIZE);
    let blank = "\n".repeat(SIZE);
    let letters = "a\n".repeat(SIZE / 2);
    let menu = "Home\nNews\nSport\nWeather\nAbout us\n".repeat(SIZE / 32);
    // Idempotent mode cleans twice and holds the first result while it
    // cleans that again: twice the bound.
    let cases = [
        ("pages", &pages[..], chaff::Config::default(), 1),
        ("blank lines", &blank[..], chaff::Config::default(), 1),
        ("short lines", &menu[..], chaff::Config::default(), 1),
        (
            "one-letter lines",
            &letters[..],
            chaff::Config::default(),
            1,
        ),
        (
            "one-letter lines, idempotent",
            &letters[..SIZE / 4],
            chaff::Config::default().idempotent(true),
            2,
        ),
    ];
    for (what, text, config, passes) in cases {
        let (peak, blocks) = peak_while_cleaning(text, config);
        let bound = passes * (INPUT_MULTIPLE * text.len() + BLOCK_BYTES * blocks);
        println!(
            "{what}: {:.1}x the input, {} bytes a block, {:.2} of the bound",
            peak as f64 / text.len() as f64,
            peak / blocks.max(1),
            peak as f64 / bound as f64
        );
        assert!(peak <= bound, "{what}: {peak} bytes, over {bound}");
    }
}
