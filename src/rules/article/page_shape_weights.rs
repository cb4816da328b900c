// Written by scripts/fit_page_shape.py from the development pages; do
// not edit by hand. A page reads as an article when BIAS plus the
// weighted sum of its measures is at least zero.
// 1881 page dumps, 5-fold cross-validation; margin 1.0 (mean cell gain +0.0135).
pub(super) const BIAS: f64 = 3.67442;
pub(super) const WEIGHTS: [f64; 22] = [
    5.49552, // run_share
    -9.54112, // good_share
    -5.27296, // near_good_share
    -0.45044, // short_share
    -0.949468, // sentence_share
    0.0362054, // words_per_block
    -16.2107, // digit_share
    -10.029, // price_share
    4.47874, // run_score_share
    -0.115267, // log_blocks
    7.87574, // decided_share
    1.25995, // log_good_blocks
    -6.70939, // run_block_share
    -3.34902, // run_position
    -2.78275, // second_run_ratio
    1.62981, // kind_dateline_share
    -21.8839, // kind_comments_share
    10.1535, // kind_share_share
    -8.24733, // kind_navigation_share
    -13.2427, // kind_code_share
    -1.70475, // kind_question_share
    -7.58683, // kind_heading_share
];
