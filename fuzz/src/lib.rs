//! Checks the fuzz targets share.

/// Every block of a result is accounted for once: the removed ones are
/// exactly the removals, and blocks come in input order without overlap.
pub fn assert_accounted(cleaned: &chaff::Cleaned) {
    let removed = cleaned
        .blocks
        .iter()
        .filter(|b| b.fate == chaff::Fate::Removed)
        .count();
    assert_eq!(removed, cleaned.removals.len());
    assert!(cleaned
        .blocks
        .windows(2)
        .all(|w| w[0].lines.last < w[1].lines.first));
}
