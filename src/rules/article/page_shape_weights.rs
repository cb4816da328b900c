// Written by scripts/fit_page_shape.py from the development pages; do
// not edit by hand. A page reads as an article when BIAS plus the
// weighted sum of its measures is at least zero.
// 1881 page dumps, 5-fold cross-validation; margin 2.0 (mean cell gain +0.0056).
pub(super) const BIAS: f64 = 1.34934;
pub(super) const WEIGHTS: [f64; 15] = [
    7.21972, // run_share
    -10.793, // good_share
    -4.81303, // near_good_share
    -0.426154, // short_share
    -2.49304, // sentence_share
    0.0513578, // words_per_block
    -22.0016, // digit_share
    -11.1668, // price_share
    6.62502, // run_score_share
    0.667739, // log_blocks
    4.19161, // decided_share
    0.510148, // log_good_blocks
    -6.80365, // run_block_share
    -3.42655, // run_position
    -2.1236, // second_run_ratio
];
