// Written by scripts/fit_page_shape.py from the development pages; do
// not edit by hand. A page reads as an article when BIAS plus the
// weighted sum of its measures is at least zero.
// 1881 page dumps, 5-fold cross-validation repeated 5 times; margin 1.0 (mean cell gain +0.0134).
pub(super) const BIAS: f64 = 3.72251;
pub(super) const WEIGHTS: [f64; 22] = [
    5.34907, // run_share
    -9.57352, // good_share
    -5.26415, // near_good_share
    -0.45384, // short_share
    -0.890643, // sentence_share
    0.0257632, // words_per_block
    -16.3985, // digit_share
    -9.90282, // price_share
    4.6486, // run_score_share
    -0.121542, // log_blocks
    8.09389, // decided_share
    1.26796, // log_good_blocks
    -6.52368, // run_block_share
    -3.33587, // run_position
    -2.77321, // second_run_ratio
    1.59935, // kind_dateline_share
    -22.0985, // kind_comments_share
    9.96072, // kind_share_share
    -8.42809, // kind_navigation_share
    -13.0648, // kind_code_share
    -1.55052, // kind_question_share
    -7.55821, // kind_heading_share
];
